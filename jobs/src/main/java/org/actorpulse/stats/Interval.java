package org.actorpulse.stats;

/** A closed interval {@code [low, high]}. Immutable. */
public record Interval(double low, double high) {
  public Interval {
    if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
      throw new IllegalArgumentException("bad interval [" + low + ", " + high + "]");
    }
  }

  public boolean contains(double x) {
    return x >= low && x <= high;
  }

  public boolean overlaps(Interval other) {
    return low <= other.high && other.low <= high;
  }
}
