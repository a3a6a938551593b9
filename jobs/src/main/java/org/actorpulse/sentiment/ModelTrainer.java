package org.actorpulse.sentiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the {@link LinearModel} behind {@link ModelScorer}: multinomial logistic regression with L2, fitted by
 * full-batch L-BFGS (deterministic: the same data gives the same model; folds use a fixed seed), classes weighted
 * inversely to their frequency because the target metric is macro-F1. The class thresholds are chosen on
 * out-of-fold scores from k-fold cross-validation inside the training data.
 */
public final class ModelTrainer {
  /**
   * @param minCount     a feature must occur in this many training rows to enter the model
   * @param l2           L2 penalty on the weights (the data term is a class-weighted mean log loss)
   * @param iterations   at most this many L-BFGS iterations
   * @param seed         seed of the cross-validation fold assignment
   * @param folds        cross-validation folds for choosing thresholds
   */
  public record Options(int minCount, double l2, int iterations, long seed, int folds) {
    public static final Options DEFAULTS = new Options(2, 3e-5, 300, 20261125L, 5);
  }

  /** A trained scorer with its cross-validated figures on the training data. */
  public record Result(ModelScorer scorer, LinearModel model, PolarityThresholds thresholds, double cvMacroF1,
                       double cvAccuracy, double[] outOfFoldScores) {
  }

  private static final double WEIGHT_QUANTUM = 1e-4;

  private final TargetFeatures features;
  private final Options options;

  public ModelTrainer(TargetFeatures features, Options options) {
    this.features = features;
    this.options = options;
  }

  /** Every row's features as global ids and values scaled per group as at inference, extracted once. */
  private static final class Extracted {
    final List<String> names = new ArrayList<>();
    final Map<String, Integer> ids = new HashMap<>();
    final List<Integer> groups = new ArrayList<>();
    int[][] idx;
    float[][] val;
    int[] label;
    /** Rows of the same sentence share a number: they go to the same fold, so no sentence is on both sides. */
    int[] sentence;
  }

  private Extracted extract(List<LabeledTarget> rows) {
    Extracted x = new Extracted();
    x.idx = new int[rows.size()][];
    x.val = new float[rows.size()][];
    x.label = new int[rows.size()];
    x.sentence = new int[rows.size()];
    Map<String, Integer> sentences = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      LabeledTarget row = rows.get(r);
      Map<Integer, Double> merged = new HashMap<>();
      double[] squares = new double[TargetFeatures.GROUPS];
      features.extract(row.sentence(), row.begin(), row.end(), (kind, a, b, c, value) -> {
        String name = FeatureSink.name(kind, a, b, c);
        Integer id = x.ids.get(name);
        if (id == null) {
          id = x.names.size();
          x.ids.put(name, id);
          x.names.add(name);
          x.groups.add(TargetFeatures.group(kind));
        }
        merged.merge(id, value, Double::sum);
        squares[TargetFeatures.group(kind)] += value * value;
      });
      int[] ids = merged.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      float[] vals = new float[ids.length];
      for (int i = 0; i < ids.length; i++) {
        int g = x.groups.get(ids[i]);
        vals[i] = (float) (merged.get(ids[i]) * TargetFeatures.scale(g, squares[g]));
      }
      x.idx[r] = ids;
      x.val[r] = vals;
      x.label[r] = row.polarity() + 1;
      x.sentence[r] = sentences.computeIfAbsent(row.sentence(), k -> sentences.size());
    }
    return x;
  }

  public Result train(List<LabeledTarget> rows) {
    Extracted x = extract(rows);
    double[] oof = crossValidatedScores(x);
    PolarityThresholds thresholds = ThresholdSearch.best(oof, x.label);
    Evaluation cv = new Evaluation();
    for (int r = 0; r < oof.length; r++) cv.add(x.label[r] - 1, thresholds.classify(oof[r]));

    int[] all = new int[rows.size()];
    Arrays.setAll(all, i -> i);
    LinearModel model = fit(x, all);
    ModelScorer scorer = new ModelScorer(features, model, thresholds);
    return new Result(scorer, model, thresholds, cv.macroF1(), cv.accuracy(), oof);
  }

  /**
   * Scores of each row from a model trained on the other folds. Sentences, not rows, are dealt to folds
   * round-robin after a seeded shuffle: NewsMTSC has several targets per sentence, and a sentence seen in training
   * would flatter the held-out fold.
   */
  private double[] crossValidatedScores(Extracted x) {
    int n = x.label.length;
    int sentenceCount = java.util.stream.IntStream.of(x.sentence).max().orElse(-1) + 1;
    int[] order = permutation(sentenceCount, new Random(options.seed()));
    int[] foldOfSentence = new int[sentenceCount];
    for (int i = 0; i < sentenceCount; i++) foldOfSentence[order[i]] = i % options.folds();
    int[] fold = new int[n];
    for (int i = 0; i < n; i++) fold[i] = foldOfSentence[x.sentence[i]];
    double[] scores = new double[n];
    for (int k = 0; k < options.folds(); k++) {
      final int held = k;
      int[] trainRows = java.util.stream.IntStream.range(0, n).filter(i -> fold[i] != held).toArray();
      LinearModel m = fit(x, trainRows);
      double[] z = new double[LinearModel.CLASSES];
      for (int r = 0; r < n; r++) {
        if (fold[r] != held) continue;
        Arrays.fill(z, 0);
        for (int j = 0; j < x.idx[r].length; j++) {
          int f = m.index(FeatureSink.hash(x.names.get(x.idx[r][j])));
          if (f < 0) continue;
          for (int c = 0; c < LinearModel.CLASSES; c++) z[c] += x.val[r][j] * m.weight(f, c);
        }
        LinearModel.softmax(z);
        scores[r] = z[2] - z[0];
      }
    }
    return scores;
  }

  /** Fits on the given rows, keeping features that occur in at least minCount of them. */
  private LinearModel fit(Extracted x, int[] rows) {
    int[] df = new int[x.names.size()];
    for (int r : rows) for (int id : x.idx[r]) df[id]++;
    int[] local = new int[x.names.size()];
    List<String> kept = new ArrayList<>();
    for (int id = 0; id < df.length; id++) {
      local[id] = df[id] >= options.minCount() ? kept.size() : -1;
      if (local[id] >= 0) kept.add(x.names.get(id));
    }
    int classes = LinearModel.CLASSES;
    double[] w = new double[kept.size() * classes];
    int[] perClass = new int[classes];
    for (int r : rows) perClass[x.label[r]]++;
    double[] classWeight = new double[classes];
    for (int c = 0; c < classes; c++) classWeight[c] = perClass[c] == 0 ? 0 : rows.length / (3.0 * perClass[c]);

    int[][] idx = new int[rows.length][];
    float[][] val = new float[rows.length][];
    int[] label = new int[rows.length];
    double[] rowWeight = new double[rows.length];
    double totalWeight = 0;
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      int m = 0;
      for (int id : x.idx[r]) if (local[id] >= 0) m++;
      idx[i] = new int[m];
      val[i] = new float[m];
      m = 0;
      for (int j = 0; j < x.idx[r].length; j++) {
        int f = local[x.idx[r][j]];
        if (f < 0) continue;
        idx[i][m] = f;
        val[i][m++] = x.val[r][j];
      }
      label[i] = x.label[r];
      rowWeight[i] = classWeight[label[i]];
      totalWeight += rowWeight[i];
    }
    double norm = totalWeight;
    double l2 = options.l2();
    double[] p = new double[classes];
    Lbfgs.Objective objective = (wt, grad) -> {
      java.util.Arrays.fill(grad, 0);
      double loss = 0;
      for (int i = 0; i < idx.length; i++) {
        java.util.Arrays.fill(p, 0);
        for (int j = 0; j < idx[i].length; j++) {
          int base = idx[i][j] * classes;
          for (int c = 0; c < classes; c++) p[c] += val[i][j] * wt[base + c];
        }
        LinearModel.softmax(p);
        loss -= rowWeight[i] * Math.log(Math.max(p[label[i]], 1e-300));
        for (int c = 0; c < classes; c++) p[c] = rowWeight[i] * (p[c] - (c == label[i] ? 1 : 0));
        for (int j = 0; j < idx[i].length; j++) {
          int base = idx[i][j] * classes;
          for (int c = 0; c < classes; c++) grad[base + c] += p[c] * val[i][j];
        }
      }
      loss /= norm;
      double penalty = 0;
      for (int k = 0; k < wt.length; k++) {
        grad[k] = grad[k] / norm + l2 * wt[k];
        penalty += wt[k] * wt[k];
      }
      return loss + 0.5 * l2 * penalty;
    };
    Lbfgs.minimise(objective, w, options.iterations(), 10, 1e-7);
    return quantised(kept, w);
  }

  /** Rounds weights to a fixed quantum (the model file stays small) and drops features left with none. */
  private static LinearModel quantised(List<String> names, double[] w) {
    int classes = LinearModel.CLASSES;
    List<String> keptNames = new ArrayList<>();
    float[] kept = new float[w.length];
    int n = 0;
    for (int f = 0; f < names.size(); f++) {
      boolean any = false;
      for (int c = 0; c < classes; c++) {
        float q = (float) (Math.round(w[f * classes + c] / WEIGHT_QUANTUM) * WEIGHT_QUANTUM);
        kept[n * classes + c] = q;
        any |= q != 0;
      }
      if (any) {
        keptNames.add(names.get(f));
        n++;
      }
    }
    return new LinearModel(keptNames.toArray(new String[0]), Arrays.copyOf(kept, n * classes));
  }

  private static int[] permutation(int n, Random random) {
    int[] a = new int[n];
    Arrays.setAll(a, i -> i);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }
}
