package org.actorpulse.sentiment;

import java.util.Arrays;

/**
 * The objective both kinds of view are fitted to: three-class softmax cross-entropy, each row weighted inversely to
 * its class's frequency (the metric is macro-F1), averaged over the rows' weights, plus L2 on the leading
 * {@code penalized} weights (a dense view leaves its intercepts out), minimised by full-batch L-BFGS, so the same
 * rows give the same weights. What differs between views is only how a row's features meet the weights.
 */
final class WeightedSoftmaxFit {
  private static final int C = LinearModel.CLASSES;

  /** How the training rows' features meet the weights. */
  interface Rows {
    /** Writes the row's three class scores under the weights {@code w} into {@code z}. */
    void logits(int row, double[] w, double[] z);

    /** Adds {@code residual[c]} times each of the row's feature values to the gradient of class c's weights. */
    void addGradient(int row, double[] residual, double[] gradient);
  }

  private WeightedSoftmaxFit() {
  }

  /**
   * Fits {@code w} in place, starting from its values.
   *
   * @param label per row, 0 negative, 1 neutral, 2 positive
   */
  static void minimise(int[] label, Rows rows, double[] w, int penalized, double l2, int iterations) {
    int n = label.length;
    int[] perClass = new int[C];
    for (int y : label) perClass[y]++;
    double[] rowWeight = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      rowWeight[i] = n / (3.0 * perClass[label[i]]);
      total += rowWeight[i];
    }
    double norm = total;
    double[] p = new double[C];
    Lbfgs.minimise((wt, grad) -> {
      Arrays.fill(grad, 0);
      double loss = 0;
      for (int i = 0; i < n; i++) {
        rows.logits(i, wt, p);
        LinearModel.softmax(p);
        int y = label[i];
        loss -= rowWeight[i] * Math.log(Math.max(p[y], 1e-300));
        for (int c = 0; c < C; c++) p[c] = rowWeight[i] * (p[c] - (c == y ? 1 : 0));
        rows.addGradient(i, p, grad);
      }
      loss /= norm;
      double penalty = 0;
      for (int k = 0; k < grad.length; k++) {
        grad[k] /= norm;
        if (k < penalized) {
          grad[k] += l2 * wt[k];
          penalty += wt[k] * wt[k];
        }
      }
      return loss + 0.5 * l2 * penalty;
    }, w, iterations, 10, 1e-7);
  }
}
