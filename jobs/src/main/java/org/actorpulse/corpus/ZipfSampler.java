package org.actorpulse.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws an index in {@code [0, n)} with probability proportional to {@code 1 / (rank + 1)^exponent}: a few
 * publishers and actors take most of the news, as in real feeds. Immutable and safe to share across threads.
 */
final class ZipfSampler {
  private final double[] cumulative;

  ZipfSampler(int n, double exponent) {
    if (n < 1) throw new IllegalArgumentException("n must be at least 1, got " + n);
    cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / Math.pow(i + 1, exponent);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) cumulative[i] /= sum;
  }

  int next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
  }
}
