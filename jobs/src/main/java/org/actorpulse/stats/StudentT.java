package org.actorpulse.stats;

/** The 0.975 quantile of Student's t distribution, for two-sided 95% intervals. */
final class StudentT {
  // Exact to three decimals for 1..30 degrees of freedom; beyond that the normal approximation's error
  // (under 0.04) is far below the noise of sentiment scores.
  private static final double[] Q975 = {
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
      2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
      2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

  private StudentT() {}

  static double quantile975(long degreesOfFreedom) {
    if (degreesOfFreedom < 1) throw new IllegalArgumentException("degrees of freedom < 1");
    if (degreesOfFreedom <= Q975.length) return Q975[(int) degreesOfFreedom - 1];
    // Cornish-Fisher expansion around the normal quantile.
    double z = 1.959964;
    double v = degreesOfFreedom;
    return z + (z * z * z + z) / (4 * v) + (5 * Math.pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * v * v);
  }
}
