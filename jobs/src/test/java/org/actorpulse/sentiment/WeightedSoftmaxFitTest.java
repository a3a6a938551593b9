package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightedSoftmaxFitTest {
  /** Rows of one dense feature each plus an unpenalized intercept per class: weights {@code [w0 w1 w2 b0 b1 b2]}. */
  private static WeightedSoftmaxFit.Rows rows(double[] x) {
    return new WeightedSoftmaxFit.Rows() {
      @Override
      public void logits(int row, double[] w, double[] z) {
        for (int c = 0; c < 3; c++) z[c] = w[3 + c] + x[row] * w[c];
      }

      @Override
      public void addGradient(int row, double[] residual, double[] gradient) {
        for (int c = 0; c < 3; c++) {
          gradient[c] += residual[c] * x[row];
          gradient[3 + c] += residual[c];
        }
      }
    };
  }

  @Test
  void classWeightsMakeAnUninformativeFeatureGiveEveryClassAThird() {
    // 8 negative, 3 neutral, 1 positive, and a feature that is 0 everywhere: only the intercepts can fit, and with
    // each row weighted by n / (3 n_class) the weighted counts are equal, so the fitted probabilities are too.
    int[] label = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2};
    double[] w = new double[6];
    WeightedSoftmaxFit.minimise(label, rows(new double[label.length]), w, 3, 1.0, 200);
    double[] p = {w[3], w[4], w[5]};
    LinearModel.softmax(p);
    for (double pc : p) assertEquals(1.0 / 3, pc, 1e-6);
  }

  @Test
  void aFeatureThatSeparatesTheClassesIsLearnedAndALargerPenaltyShrinksIt() {
    double[] x = {-2, -1.5, -1, 0, 0.1, -0.1, 1, 1.5, 2};
    int[] label = {0, 0, 0, 1, 1, 1, 2, 2, 2};
    double[] loose = new double[6];
    double[] tight = new double[6];
    WeightedSoftmaxFit.minimise(label, rows(x), loose, 3, 1e-3, 300);
    WeightedSoftmaxFit.minimise(label, rows(x), tight, 3, 1.0, 300);
    for (int i = 0; i < x.length; i++) {
      double[] z = new double[3];
      for (int c = 0; c < 3; c++) z[c] = loose[3 + c] + x[i] * loose[c];
      int best = z[0] >= z[1] && z[0] >= z[2] ? 0 : z[1] >= z[2] ? 1 : 2;
      assertEquals(label[i], best, "row " + i);
    }
    double spreadLoose = loose[2] - loose[0];
    double spreadTight = tight[2] - tight[0];
    assertTrue(spreadLoose > spreadTight && spreadTight > 0, spreadLoose + " vs " + spreadTight);
  }
}
