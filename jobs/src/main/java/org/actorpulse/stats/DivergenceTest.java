package org.actorpulse.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which sources' tone toward an actor differs from the other sources' pooled tone by more than the noise.
 *
 * <p>The pairwise test is Welch's two-sample z-test on the means: a source differs from a pool when both have at
 * least {@code minN} scored units (articles, in {@code source_actor}), {@code |delta| >= minDelta} and
 * {@code |delta| > z * sqrt(max(var_source, var_pool) / n_source + se_pool^2)}. The source's variance is floored
 * at the pool's, as a few articles that happen to agree give a small variance by chance. The default {@code z = 3.29} is a two-sided 0.1% level: a table holds one comparison per source,
 * actor and period, thousands of them, and at 5% dozens of ordinary sources would be flagged by chance. A minimum
 * absolute difference (0.1 on the [-1, 1] scale) leaves real but negligible differences of large samples alone.
 *
 * <p>{@link #compareAll} finds the divergent sources one at a time, as outlier tests do: a source far harsher
 * than the rest drags the pool of "all other sources" toward itself, and every ordinary source would then look
 * milder than "the others". So the source that differs most (largest z) is flagged and left out of the pool, and
 * the remaining sources are tested again against the pool of the unflagged others, until none differs. A source's
 * reference is thus the pooled tone of all other sources not flagged. Immutable; serializable, as it travels to
 * executors.
 */
public record DivergenceTest(long minN, double z, double minDelta) implements java.io.Serializable {
  public static final DivergenceTest DEFAULT = new DivergenceTest(10, 3.29, 0.1);

  public DivergenceTest {
    if (minN < 2) throw new IllegalArgumentException("minN must be at least 2");
    if (!(z > 0)) throw new IllegalArgumentException("z must be positive");
    if (!(minDelta >= 0)) throw new IllegalArgumentException("minDelta must be >= 0");
  }

  /** Whether one source differs from a given pool. Two constant samples that differ do (their se is 0). */
  public boolean isDivergent(MeanStats source, MeanStats others) {
    return statistic(source, others) > z;
  }

  /**
   * The z statistic of the difference, or 0 when the test does not apply (too few mentions, a difference below
   * {@code minDelta}); infinite for a difference between two constant samples.
   */
  double statistic(MeanStats source, MeanStats others) {
    if (source.n() < minN || others.n() < minN) return 0;
    double delta = source.mean() - others.mean();
    if (Math.abs(delta) < minDelta) return 0;
    // Under the null hypothesis the source speaks like the rest, so its spread is at least theirs: a handful of
    // articles that happen to agree must not make a small difference look certain.
    double sourceVariance = Math.max(square(source.sd()), square(others.sd()));
    double se = Math.sqrt(sourceVariance / source.n() + square(others.standardError()));
    return se == 0 ? (delta == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(delta) / se;
  }

  /** A source's verdict: the pooled tone of its reference sources, and whether it differs from it. */
  public record Verdict(MeanStats others, boolean divergent) {}

  /**
   * Tests every source against the others (see the class comment for the one-at-a-time order).
   *
   * @param sources each source's tone toward one actor in one period
   * @return one verdict per source, in the same order
   */
  public List<Verdict> compareAll(List<MeanStats> sources) {
    int k = sources.size();
    boolean[] flagged = new boolean[k];
    MeanStats pool = new MeanStats();
    for (MeanStats s : sources) pool.merge(s);
    while (true) {
      int worst = -1;
      double worstZ = z;
      for (int i = 0; i < k; i++) {
        if (flagged[i]) continue;
        double zi = statistic(sources.get(i), minus(pool, sources.get(i)));
        if (zi > worstZ) {
          worst = i;
          worstZ = zi;
        }
      }
      if (worst < 0) break;
      flagged[worst] = true;
      pool = minus(pool, sources.get(worst));
    }
    List<Verdict> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      MeanStats own = sources.get(i);
      out.add(new Verdict(flagged[i] ? pool : minus(pool, own), flagged[i]));
    }
    return out;
  }

  private static MeanStats minus(MeanStats pool, MeanStats part) {
    return MeanStats.fromSums(pool.n() - part.n(), pool.sum() - part.sum(), pool.sumSquares() - part.sumSquares());
  }

  private static double square(double x) {
    return x * x;
  }
}
