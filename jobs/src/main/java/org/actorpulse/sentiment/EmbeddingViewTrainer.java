package org.actorpulse.sentiment;

import java.util.Arrays;

/**
 * Fits an {@link EmbeddingView}: a three-class logistic regression over the standardized block averages, classes
 * weighted inversely to their frequency (the metric is macro-F1), L2 on the weights but not the intercepts, by
 * full-batch L-BFGS, so the same rows give the same view.
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

    int[] perClass = new int[C];
    for (int r : rows) perClass[label[r]]++;
    double[] rowWeight = new double[rows.length];
    double norm = 0;
    for (int i = 0; i < rows.length; i++) {
      int c = label[rows[i]];
      rowWeight[i] = rows.length / (3.0 * perClass[c]);
      norm += rowWeight[i];
    }
    double total = norm;
    double[] w = new double[(d + 1) * C];
    double[] p = new double[C];
    Lbfgs.minimise((wt, grad) -> {
      Arrays.fill(grad, 0);
      double loss = 0;
      for (int i = 0; i < z.length; i++) {
        float[] v = z[i];
        for (int c = 0; c < C; c++) p[c] = wt[d * C + c];
        for (int k = 0; k < d; k++) {
          double vk = v[k];
          int at = k * C;
          p[0] += vk * wt[at];
          p[1] += vk * wt[at + 1];
          p[2] += vk * wt[at + 2];
        }
        LinearModel.softmax(p);
        int y = label[rows[i]];
        loss -= rowWeight[i] * Math.log(Math.max(p[y], 1e-300));
        for (int c = 0; c < C; c++) p[c] = rowWeight[i] * (p[c] - (c == y ? 1 : 0));
        for (int k = 0; k < d; k++) {
          double vk = v[k];
          int at = k * C;
          grad[at] += p[0] * vk;
          grad[at + 1] += p[1] * vk;
          grad[at + 2] += p[2] * vk;
        }
        for (int c = 0; c < C; c++) grad[d * C + c] += p[c];
      }
      loss /= total;
      double penalty = 0;
      for (int k = 0; k < grad.length; k++) {
        grad[k] /= total;
        if (k < d * C) {
          grad[k] += l2 * wt[k];
          penalty += wt[k] * wt[k];
        }
      }
      return loss + 0.5 * l2 * penalty;
    }, w, iterations, 10, 1e-7);
    return new EmbeddingView(vectors, mean, std, Arrays.copyOf(w, d * C), Arrays.copyOfRange(w, d * C, (d + 1) * C));
  }
}
