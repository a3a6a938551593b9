package org.actorpulse.stats;

import java.io.Serializable;

/**
 * Count, mean and spread of a sample, accumulated in one pass (Welford) and mergeable, so daily figures can be
 * combined into weeks and months exactly. Mutable accumulator; not thread-safe.
 */
public final class MeanStats implements Serializable {
  private static final long serialVersionUID = 1L;

  private long n;
  private double mean;
  private double m2;

  /** Rebuilds the accumulator from stored figures (n, mean, sample standard deviation). */
  public static MeanStats of(long n, double mean, double sd) {
    MeanStats s = new MeanStats();
    if (n > 0) {
      s.n = n;
      s.mean = mean;
      s.m2 = n > 1 ? sd * sd * (n - 1) : 0.0;
    }
    return s;
  }

  /**
   * Rebuilds the accumulator from a count, a sum and a sum of squares: the figures that add up across groups, so
   * that "all other sources" is the total minus one source. Rounding can leave a tiny negative spread, read as 0.
   */
  public static MeanStats fromSums(long n, double sum, double sumSquares) {
    MeanStats s = new MeanStats();
    if (n > 0) {
      s.n = n;
      s.mean = sum / n;
      s.m2 = Math.max(0.0, sumSquares - sum * sum / n);
    }
    return s;
  }

  public MeanStats add(double x) {
    n++;
    double d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
    return this;
  }

  public MeanStats merge(MeanStats o) {
    if (o.n == 0) return this;
    if (n == 0) {
      n = o.n;
      mean = o.mean;
      m2 = o.m2;
      return this;
    }
    long total = n + o.n;
    double d = o.mean - mean;
    mean += d * o.n / total;
    m2 += o.m2 + d * d * n * o.n / total;
    n = total;
    return this;
  }

  public long n() {
    return n;
  }

  /** NaN when empty. */
  public double mean() {
    return n == 0 ? Double.NaN : mean;
  }

  /** Sample standard deviation; NaN below two values. */
  public double sd() {
    return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
  }

  /** The sum of the values: with {@link #sumSquares()}, what adds up and subtracts across groups. */
  public double sum() {
    return n * mean;
  }

  /** The sum of the squared values. */
  public double sumSquares() {
    return m2 + n * mean * mean;
  }

  /** Standard error of the mean; NaN below two values. */
  public double standardError() {
    return n < 2 ? Double.NaN : sd() / Math.sqrt(n);
  }

  /**
   * The 95% confidence interval of the mean (Student's t), or null below two values. Scores live in [-1, 1], so
   * the interval is clipped to that range.
   */
  public Interval interval95() {
    if (n < 2) return null;
    double half = StudentT.quantile975(n - 1) * standardError();
    return new Interval(Math.max(-1.0, mean - half), Math.min(1.0, mean + half));
  }
}
