package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained scorer: a linear model over {@link TargetFeatures} (target masked). Each sparse feature group is
 * scaled to unit length over all its emitted features, known to the model or not, exactly as in training; the
 * score is P(positive) - P(negative). Immutable and serializable; safe to share across threads.
 */
public final class ModelScorer implements ExplainableScorer, Serializable {
  private static final long serialVersionUID = 1L;

  private final TargetFeatures features;
  private final LinearModel model;
  private final PolarityThresholds thresholds;

  public ModelScorer(TargetFeatures features, LinearModel model, PolarityThresholds thresholds) {
    this.features = features;
    this.model = model;
    this.thresholds = thresholds;
  }

  /** Sums weights per class as features arrive; one small object per call, no strings. */
  private final class Accumulator implements FeatureSink {
    final double[] z = new double[LinearModel.CLASSES];
    final double[] groupZ = new double[TargetFeatures.GROUPS * LinearModel.CLASSES];
    final double[] squares = new double[TargetFeatures.GROUPS];
    /** The feature group of each explained contribution; grows with the explanation. */
    int[] groupOfContribution;
    final List<Explanation.Contribution> explain;

    Accumulator(List<Explanation.Contribution> explain) {
      this.explain = explain;
      this.groupOfContribution = explain == null ? null : new int[64];
    }

    @Override
    public void add(String kind, String a, String b, String c, double value) {
      int g = TargetFeatures.group(kind);
      squares[g] += value * value;
      int f = model.index(FeatureSink.hash(kind, a, b, c));
      if (f < 0) return;
      for (int k = 0; k < LinearModel.CLASSES; k++) groupZ[g * LinearModel.CLASSES + k] += value * model.weight(f, k);
      if (explain != null) {
        if (explain.size() == groupOfContribution.length) {
          groupOfContribution = java.util.Arrays.copyOf(groupOfContribution, 2 * groupOfContribution.length);
        }
        groupOfContribution[explain.size()] = g;
        explain.add(new Explanation.Contribution(model.name(f), value * (model.weight(f, 2) - model.weight(f, 0))));
      }
    }

    double finish() {
      for (int g = 0; g < TargetFeatures.GROUPS; g++) {
        double scale = TargetFeatures.scale(g, squares[g]);
        for (int k = 0; k < LinearModel.CLASSES; k++) z[k] += groupZ[g * LinearModel.CLASSES + k] * scale;
      }
      if (explain != null) {
        for (int i = 0; i < explain.size(); i++) {
          Explanation.Contribution e = explain.get(i);
          double scale = TargetFeatures.scale(groupOfContribution[i], squares[groupOfContribution[i]]);
          explain.set(i, new Explanation.Contribution(e.feature(), e.value() * scale));
        }
      }
      LinearModel.softmax(z);
      return z[2] - z[0];
    }
  }

  @Override
  public double score(String sentence, int begin, int end) {
    Accumulator acc = new Accumulator(null);
    features.extract(sentence, begin, end, acc);
    return acc.finish();
  }

  /** Contributions are (w_positive - w_negative) * value / norm: each feature's push on the positive-minus-negative logit. */
  @Override
  public Explanation explain(String sentence, int begin, int end) {
    List<Explanation.Contribution> contributions = new ArrayList<>();
    Accumulator acc = new Accumulator(contributions);
    features.extract(sentence, begin, end, acc);
    double score = acc.finish();
    contributions.removeIf(c -> c.value() == 0);
    return new Explanation(score, contributions);
  }

  @Override
  public PolarityThresholds thresholds() {
    return thresholds;
  }

  /** Class probabilities (negative, neutral, positive). */
  public double[] probabilities(String sentence, int begin, int end) {
    Accumulator acc = new Accumulator(null);
    features.extract(sentence, begin, end, acc);
    acc.finish();
    return acc.z.clone();
  }
}
