package org.actorpulse.stats;

/**
 * Pointwise mutual information of two actors appearing in the same article, from article counts.
 *
 * <p>{@code pmi = log2(p(a,b) / (p(a) p(b)))} with probabilities over the {@code total} articles of the period;
 * {@code npmi = pmi / -log2 p(a,b)} lies in [-1, 1]: 1 when a and b only ever appear together, 0 when they
 * are independent. Immutable.
 */
public record Association(double pmi, double npmi) {
  public static Association of(long together, long withA, long withB, long total) {
    if (together <= 0 || withA < together || withB < together || total < withA || total < withB) {
      throw new IllegalArgumentException(
          "inconsistent counts: together=" + together + " a=" + withA + " b=" + withB + " total=" + total);
    }
    double pab = (double) together / total;
    double pmi = log2(pab / (((double) withA / total) * ((double) withB / total)));
    // p(a,b) = 1 means both are in every article: perfectly associated by the usual convention.
    double npmi = together == total ? 1.0 : pmi / -log2(pab);
    return new Association(pmi, Math.max(-1.0, Math.min(1.0, npmi)));
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
