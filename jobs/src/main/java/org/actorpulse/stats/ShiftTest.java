package org.actorpulse.stats;

/**
 * Decides whether the mean sentiment toward an actor moved between two periods by more than the noise.
 *
 * <p>The test is Welch's two-sample z-test on the period means: the change is flagged when both periods have at
 * least {@code minN} scored mentions and {@code |delta| > z * sqrt(se1^2 + se2^2)}. The default {@code z = 3.89} is a
 * two-sided 0.01% level, not 5%: a table holds one comparison per actor and period, tens of thousands a year,
 * and at 5% (even at 0.1%) stationary daily series get flagged every few weeks; at 0.01% about one comparison in
 * ten thousand is a false alarm, while a real break of 0.3 between periods of 50 mentions (z about 5) is caught. A minimum absolute change (0.1 on the [-1, 1]
 * scale) keeps tiny moves in very large samples, real but of no interest to an analyst, unflagged. Immutable;
 * serializable, as it travels to executors.
 */
public record ShiftTest(long minN, double z, double minDelta) implements java.io.Serializable {
  public static final ShiftTest DEFAULT = new ShiftTest(10, 3.89, 0.1);

  public ShiftTest {
    if (minN < 2) throw new IllegalArgumentException("minN must be at least 2");
    if (!(z > 0)) throw new IllegalArgumentException("z must be positive");
    if (!(minDelta >= 0)) throw new IllegalArgumentException("minDelta must be >= 0");
  }

  public boolean isShift(MeanStats previous, MeanStats current) {
    if (previous.n() < minN || current.n() < minN) return false;
    double delta = current.mean() - previous.mean();
    double se = Math.sqrt(square(previous.standardError()) + square(current.standardError()));
    if (Math.abs(delta) < minDelta) return false;
    // Identical constant samples have se 0: any change between them is then a real one.
    return se == 0 ? delta != 0 : Math.abs(delta) > z * se;
  }

  private static double square(double x) {
    return x * x;
  }
}
