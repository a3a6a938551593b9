package org.actorpulse.sentiment;

import java.util.Arrays;

/**
 * Fits an {@link EmbeddingView}: a three-class logistic regression over the standardized block averages
 * ({@link WeightedSoftmaxFit}), with L2 on the weights but not the intercepts.
 */
final class EmbeddingViewTrainer {
  private static final int C = LinearModel.CLASSES;

  private EmbeddingViewTrainer() {
  }

  /**
   * @param x      per training row, {@link EmbeddingView#features} (unstandardized)
   * @param label  per row, 0 negative, 1 neutral, 2 positive
   * @param rows   the rows to fit on; the means and deviations come from these alone
   */
  static EmbeddingView fit(WordVectors vectors, double[][] x, int[] label, int[] rows, double l2, int iterations) {
    int d = x[rows[0]].length;
    double[] mean = new double[d];
    double[] std = new double[d];
    for (int r : rows) for (int k = 0; k < d; k++) mean[k] += x[r][k] / rows.length;
    for (int r : rows) for (int k = 0; k < d; k++) std[k] += (x[r][k] - mean[k]) * (x[r][k] - mean[k]) / rows.length;
    for (int k = 0; k < d; k++) std[k] = Math.sqrt(std[k]) + 1e-9;
    float[][] z = new float[rows.length][d];
    for (int i = 0; i < rows.length; i++) for (int k = 0; k < d; k++) z[i][k] = (float) ((x[rows[i]][k] - mean[k]) / std[k]);

    int[] fitLabel = new int[rows.length];
    for (int i = 0; i < rows.length; i++) fitLabel[i] = label[rows[i]];
    double[] w = new double[(d + 1) * C];
    WeightedSoftmaxFit.minimise(fitLabel, new WeightedSoftmaxFit.Rows() {
      @Override
      public void logits(int i, double[] wt, double[] p) {
        float[] v = z[i];
        for (int c = 0; c < C; c++) p[c] = wt[d * C + c];
        for (int k = 0; k < d; k++) {
          double vk = v[k];
          int at = k * C;
          p[0] += vk * wt[at];
          p[1] += vk * wt[at + 1];
          p[2] += vk * wt[at + 2];
        }
      }

      @Override
      public void addGradient(int i, double[] p, double[] grad) {
        float[] v = z[i];
        for (int k = 0; k < d; k++) {
          double vk = v[k];
          int at = k * C;
          grad[at] += p[0] * vk;
          grad[at + 1] += p[1] * vk;
          grad[at + 2] += p[2] * vk;
        }
        for (int c = 0; c < C; c++) grad[d * C + c] += p[c];
      }
    }, w, d * C, l2, iterations);
    return new EmbeddingView(vectors, mean, std, Arrays.copyOf(w, d * C), Arrays.copyOfRange(w, d * C, (d + 1) * C));
  }
}
