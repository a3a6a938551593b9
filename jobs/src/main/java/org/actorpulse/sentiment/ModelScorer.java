package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained scorer: an average of the class probabilities of a few linear models ("views"), each over some kinds
 * of {@link TargetFeatures} (target masked). Each sparse feature group is scaled to unit length over all its emitted
 * features, known to the model or not, exactly as in training. The score is P(positive) - P(negative), the expected
 * polarity; the class is the most probable one after the per-class offsets chosen in training ({@link Decision}),
 * because cutting the score alone at two thresholds throws away how sure the model is of neutral (it cost 0.02 to
 * 0.03 macro-F1 in cross-validation). Immutable and serializable; safe to share across threads.
 */
public final class ModelScorer implements ExplainableScorer, Serializable {
  private static final long serialVersionUID = 2L;

  /** One view: the feature kinds it reads and its weights. */
  public record View(List<String> kinds, LinearModel model) implements Serializable {
    boolean[] on() {
      boolean[] on = new boolean[TargetFeatures.KINDS];
      for (String k : kinds) on[TargetFeatures.kind(k)] = true;
      return on;
    }
  }

  /**
   * Added to the log of the averaged probabilities of negative and positive before taking the most probable class;
   * chosen on out-of-fold predictions to maximise macro-F1.
   */
  public record Decision(double negative, double positive) implements Serializable {
    public static final Decision ARGMAX = new Decision(0, 0);

    int classify(double[] p) {
      double neg = Math.log(p[0]) + negative;
      double neu = Math.log(p[1]);
      double pos = Math.log(p[2]) + positive;
      if (neg >= neu && neg >= pos) return -1;
      return pos > neu ? 1 : 0;
    }
  }

  private final TargetFeatures features;
  private final View[] views;
  private final Decision decision;
  /** Per view, whether it reads each kind; and the union, which is what gets extracted. */
  private final boolean[][] on;
  private final boolean[] any;
  private final PackedWeights weights;

  public ModelScorer(TargetFeatures features, List<View> views, Decision decision) {
    if (views.isEmpty()) throw new IllegalArgumentException("a model needs at least one view");
    this.features = features;
    this.views = views.toArray(new View[0]);
    this.decision = decision;
    this.on = new boolean[this.views.length][];
    this.any = new boolean[TargetFeatures.KINDS];
    for (int v = 0; v < this.views.length; v++) {
      on[v] = this.views[v].on();
      for (int k = 0; k < any.length; k++) any[k] |= on[v][k];
    }
    this.weights = new PackedWeights(views.stream().map(View::model).toList());
  }

  public List<View> views() {
    return List.of(views);
  }

  public Decision decision() {
    return decision;
  }

  /** Sums each view's weights per group and class as features arrive; no strings unless explaining. */
  private final class Accumulator implements FeatureSink {
    final double[][] groupZ = new double[views.length][TargetFeatures.GROUPS * LinearModel.CLASSES];
    final double[] squares = new double[TargetFeatures.GROUPS];
    /** Explained contributions by feature name, before group scaling, with the group of each. */
    final Map<String, double[]> explain;

    Accumulator(boolean explaining) {
      this.explain = explaining ? new LinkedHashMap<>() : null;
    }

    void reset() {
      for (double[] z : groupZ) Arrays.fill(z, 0);
      Arrays.fill(squares, 0);
    }

    @Override
    public void add(int kind, long hash, String a, String b, String c, double value) {
      int g = TargetFeatures.GROUP[kind];
      squares[g] += value * value;
      int f = weights.find(hash);
      if (f < 0) return;
      int base = g * LinearModel.CLASSES;
      for (int v = 0; v < views.length; v++) {
        if (!on[v][kind]) continue;
        double[] z = groupZ[v];
        for (int k = 0; k < LinearModel.CLASSES; k++) z[base + k] += value * weights.weight(f, v, k);
        if (explain != null && kind != TargetFeatures.BIAS) {
          double push = value * (weights.weight(f, v, 2) - weights.weight(f, v, 0)) / views.length;
          explain.computeIfAbsent(FeatureHash.name(TargetFeatures.PREFIXES[kind], a, b, c), n -> new double[] {0, g})[0]
              += push;
        }
      }
    }

    /** The averaged class probabilities into {@code p}. */
    void finish(double[] p) {
      Arrays.fill(p, 0);
      double[] z = new double[LinearModel.CLASSES];
      for (int v = 0; v < views.length; v++) {
        Arrays.fill(z, 0);
        for (int g = 0; g < TargetFeatures.GROUPS; g++) {
          double scale = TargetFeatures.scale(g, squares[g]);
          for (int k = 0; k < LinearModel.CLASSES; k++) z[k] += groupZ[v][g * LinearModel.CLASSES + k] * scale;
        }
        LinearModel.softmax(z);
        for (int k = 0; k < LinearModel.CLASSES; k++) p[k] += z[k] / views.length;
      }
    }
  }

  private double[] probabilities(TargetFeatures.Sentence s, int begin, int end, Accumulator acc) {
    double[] p = new double[LinearModel.CLASSES];
    features.extract(s, s.locate(begin, end), any, acc);
    acc.finish(p);
    return p;
  }

  @Override
  public double score(String sentence, int begin, int end) {
    double[] p = probabilities(sentence, begin, end);
    return p[2] - p[0];
  }

  /** Tokenizes the sentence once for all its targets. */
  @Override
  public void scoreAll(String sentence, int[] begins, int[] ends, double[] scores) {
    TargetFeatures.Sentence s = features.prepare(sentence);
    Accumulator acc = new Accumulator(false);
    for (int i = 0; i < begins.length; i++) {
      acc.reset();
      double[] p = probabilities(s, begins[i], ends[i], acc);
      scores[i] = p[2] - p[0];
    }
  }

  @Override
  public int classify(String sentence, int begin, int end) {
    return decision.classify(probabilities(sentence, begin, end));
  }

  /** Class probabilities (negative, neutral, positive), averaged over the views. */
  public double[] probabilities(String sentence, int begin, int end) {
    return probabilities(features.prepare(sentence), begin, end, new Accumulator(false));
  }

  /**
   * Contributions are each feature's push on the positive-minus-negative logit, (w_positive - w_negative) * value
   * / norm, averaged over the views: a view's logits are linear in its features, the average of probabilities is not,
   * so they rank the features rather than add up to the score. The constant term is left out: it is the same for
   * every target and says nothing about this one.
   */
  @Override
  public Explanation explain(String sentence, int begin, int end) {
    Accumulator acc = new Accumulator(true);
    double[] p = probabilities(features.prepare(sentence), begin, end, acc);
    List<Explanation.Contribution> contributions = new ArrayList<>();
    for (Map.Entry<String, double[]> e : acc.explain.entrySet()) {
      int g = (int) e.getValue()[1];
      double value = e.getValue()[0] * TargetFeatures.scale(g, acc.squares[g]);
      if (value != 0) contributions.add(new Explanation.Contribution(e.getKey(), value));
    }
    return new Explanation(p[2] - p[0], decision.classify(p), contributions);
  }

  @Override
  public String decisionRule() {
    return String.format(java.util.Locale.ROOT, "most probable class of %d views, log-offsets negative %+.2f positive %+.2f",
        views.length, decision.negative(), decision.positive());
  }
}
