package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A view of the trained model that reads word vectors instead of word identities: the target's context is averaged,
 * each word by its {@link WordVectors#weight}, per block (the sentence, the words within 6 on each side weighted by distance, the target's own clause on each
 * side; the target's own words never), and a three-class logistic regression over the standardized averages gives
 * its probabilities. A word seen once or never in training still counts through its neighbours in vector space,
 * which is what the sparse views cannot do.
 *
 * <p>The regression is linear in the averages, and an average is linear in its words, so each word's push on each
 * block and class is computed once, when the view is built ({@link #projection}): scoring a target adds three numbers
 * per word and block, and needs no vector arithmetic. {@link #features} and {@link #referenceLogits} take the
 * straightforward way, for training and for the tests that hold the two equal. Immutable; safe to share across
 * threads.
 */
public final class EmbeddingView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int CLASSES = LinearModel.CLASSES;
  /** The blocks, each an average over some of the context: in this order in the feature vector. */
  public static final List<String> BLOCKS = List.of("A", "L6", "R6", "CL", "CR");
  private static final int ALL = 0, LEFT = 1, RIGHT = 2, CLAUSE_LEFT = 3, CLAUSE_RIGHT = 4;
  static final int WINDOW = 6;
  /** A word at distance d in a window block weighs 1 / (1 + DECAY (d - 1)). */
  static final double DECAY = 0.3;
  /**
   * After the blocks, one 0/1 feature per role of the target ({@link TargetFeatures#ROLE_NAMES}) and one for the
   * accuser of "X accused Y": averaged words cannot tell the speaker or the accuser from what is said of another,
   * and the product fits accusers as neutral.
   */
  public static final List<String> ROLES = roles();
  private static final int ACCUSER_BIT = TargetFeatures.ROLE_NAMES.size();

  private static List<String> roles() {
    List<String> roles = new java.util.ArrayList<>(TargetFeatures.ROLE_NAMES);
    roles.add("accuser");
    return List.copyOf(roles);
  }

  private final WordVectors vectors;
  private final double[] mean;
  private final double[] std;
  /** {@code BLOCKS.size() * dims * 3}, feature-major: negative, neutral, positive. */
  private final double[] weights;
  private final double[] bias;
  /** Per word row, block and class: the word's vector times the block's standardized weights. */
  private final double[] projection;
  /** The logits of a target whose blocks are all empty (every average zero). */
  private final double[] constant = new double[CLASSES];

  EmbeddingView(WordVectors vectors, double[] mean, double[] std, double[] weights, double[] bias) {
    int width = width(vectors);
    if (mean.length != width || std.length != width || weights.length != width * CLASSES || bias.length != CLASSES) {
      throw new IllegalArgumentException("embedding view: " + BLOCKS.size() + " blocks of " + vectors.dims()
          + " dimensions and " + ROLES.size() + " roles need " + width + " means and deviations and "
          + width * CLASSES + " weights");
    }
    this.vectors = vectors;
    this.mean = mean.clone();
    this.std = std.clone();
    this.weights = weights.clone();
    this.bias = bias.clone();
    int dims = vectors.dims();
    int blocks = BLOCKS.size();
    this.projection = new double[vectors.size() * blocks * CLASSES];
    double[] acc = new double[CLASSES];
    for (int r = 0; r < vectors.size(); r++) {
      for (int b = 0; b < blocks; b++) {
        java.util.Arrays.fill(acc, 0);
        for (int k = 0; k < dims; k++) {
          int j = b * dims + k;
          double v = vectors.value(r, k) / std[j];
          for (int c = 0; c < CLASSES; c++) acc[c] += v * weights[j * CLASSES + c];
        }
        for (int c = 0; c < CLASSES; c++) projection[(r * blocks + b) * CLASSES + c] = acc[c];
      }
    }
    for (int c = 0; c < CLASSES; c++) {
      double z = bias[c];
      for (int j = 0; j < width; j++) z -= weights[j * CLASSES + c] * mean[j] / std[j];
      constant[c] = z;
    }
  }

  /** The length of the feature vector: the blocks' averages, then the roles. */
  static int width(WordVectors vectors) {
    return BLOCKS.size() * vectors.dims() + ROLES.size();
  }

  /** Bit r set when the target has role {@code ROLES.get(r)}. */
  static int roleBits(Sentence s, TargetSpan t) {
    return TargetFeatures.roleFlags(s, t) | (TargetFeatures.accuses(s, t) ? 1 << ACCUSER_BIT : 0);
  }

  public WordVectors vectors() {
    return vectors;
  }

  double[] mean() {
    return mean.clone();
  }

  double[] std() {
    return std.clone();
  }

  double[] weights() {
    return weights.clone();
  }

  double[] bias() {
    return bias.clone();
  }

  /** The row of each token that counts (a word with a vector), or -1. */
  int[] rows(Sentence s) {
    return rows(vectors, s);
  }

  private static int[] rows(WordVectors vectors, Sentence s) {
    int[] rows = new int[s.size()];
    for (int t = 0; t < rows.length; t++) rows[t] = s.is(t, Sentence.PUNCTUATION) ? -1 : vectors.row(s.hash[t]);
    return rows;
  }

  /**
   * Visits each token that counts for the target with its block and weight, before dividing by the block's total
   * weight. The one definition of the blocks: features, scoring and explanations all walk through here.
   */
  private static void visit(WordVectors vectors, Sentence s, int[] rows, TargetSpan t, BlockSink sink) {
    int n = rows.length;
    int first = t.first();
    int last = t.last();
    int from = s.clauseStart(first);
    int to = s.clauseEnd(last);
    for (int i = 0; i < n; i++) {
      if (rows[i] < 0 || (i >= first && i <= last)) continue;
      double w = vectors.weight(rows[i]);
      sink.add(ALL, i, w);
      int d = t.distance(i);
      boolean left = i < first;
      if (d <= WINDOW) sink.add(left ? LEFT : RIGHT, i, w / (1 + DECAY * (d - 1)));
      if (left ? i >= from : i <= to) sink.add(left ? CLAUSE_LEFT : CLAUSE_RIGHT, i, w);
    }
  }

  private interface BlockSink {
    void add(int block, int token, double weight);
  }

  /** The block averages of the target's context, unstandardized: what the regression is fitted on. */
  double[] features(Sentence s, TargetSpan t) {
    return features(vectors, s, t);
  }

  static double[] features(WordVectors vectors, Sentence s, TargetSpan t) {
    int[] rows = rows(vectors, s);
    int dims = vectors.dims();
    double[] x = new double[width(vectors)];
    double[] total = new double[BLOCKS.size()];
    visit(vectors, s, rows, t, (b, i, w) -> {
      total[b] += w;
      for (int k = 0; k < dims; k++) x[b * dims + k] += w * vectors.value(rows[i], k);
    });
    for (int b = 0; b < total.length; b++) {
      if (total[b] > 0) for (int k = 0; k < dims; k++) x[b * dims + k] /= total[b];
    }
    int roles = roleBits(s, t);
    for (int r = 0; r < ROLES.size(); r++) x[BLOCKS.size() * dims + r] = (roles >>> r) & 1;
    return x;
  }

  /** The class logits the straightforward way: standardize {@link #features}, multiply by the weights. */
  double[] referenceLogits(Sentence s, TargetSpan t) {
    double[] z = new double[CLASSES];
    logitsOfFeatures(features(s, t), z);
    return z;
  }

  /** The class logits of {@link #features}' output {@code x}, into {@code z}. */
  void logitsOfFeatures(double[] x, double[] z) {
    System.arraycopy(bias, 0, z, 0, CLASSES);
    for (int j = 0; j < x.length; j++) {
      double v = (x[j] - mean[j]) / std[j];
      for (int c = 0; c < CLASSES; c++) z[c] += v * weights[j * CLASSES + c];
    }
  }

  /**
   * A sentence ready for all its targets: each token's row, and the whole sentence's weighted sum of projections for
   * the {@code A} block, from which a target only takes its own words away.
   */
  final class Context {
    final Sentence s;
    final int[] rows;
    final double[] sentence = new double[CLASSES];
    final int words;
    final double weight;

    Context(Sentence s) {
      this.s = s;
      this.rows = rows(s);
      int count = 0;
      double total = 0;
      for (int i = 0; i < rows.length; i++) {
        if (rows[i] < 0) continue;
        double w = vectors.weight(rows[i]);
        int at = (rows[i] * BLOCKS.size() + ALL) * CLASSES;
        for (int c = 0; c < CLASSES; c++) sentence[c] += w * projection[at + c];
        total += w;
        count++;
      }
      words = count;
      weight = total;
    }
  }

  Context prepare(Sentence s) {
    return new Context(s);
  }

  private static final double[] WINDOW_WEIGHT = new double[WINDOW + 1];

  static {
    for (int d = 1; d <= WINDOW; d++) WINDOW_WEIGHT[d] = 1 / (1 + DECAY * (d - 1));
  }

  /**
   * The class logits from the words' projections into {@code z}: the same as {@link #referenceLogits} (the tests
   * hold them to 1e-12), without a vector in sight. The {@code A} block is the sentence's sum less the target's
   * words; the windows walk at most {@link #WINDOW} tokens out, the clauses to their edges.
   */
  void logits(Context x, TargetSpan t, double[] z) {
    int[] rows = x.rows;
    Sentence s = x.s;
    int blocks = BLOCKS.size();
    System.arraycopy(constant, 0, z, 0, CLASSES);
    int first = t.first();
    int last = t.last();
    double a0 = x.sentence[0], a1 = x.sentence[1], a2 = x.sentence[2];
    double total = x.weight;
    int words = x.words;
    for (int i = first; i <= last; i++) {
      if (rows[i] < 0) continue;
      double w = vectors.weight(rows[i]);
      int at = (rows[i] * blocks + ALL) * CLASSES;
      a0 -= w * projection[at];
      a1 -= w * projection[at + 1];
      a2 -= w * projection[at + 2];
      total -= w;
      words--;
    }
    if (words > 0) {
      z[0] += a0 / total;
      z[1] += a1 / total;
      z[2] += a2 / total;
    }
    int n = rows.length;
    window(rows, first, -1, Math.max(-1, first - WINDOW - 1), LEFT, 1, z);
    window(rows, last, 1, Math.min(n, last + WINDOW + 1), RIGHT, 1, z);
    int from = s.clauseStart(first);
    int to = s.clauseEnd(last);
    window(rows, first, -1, from - 1, CLAUSE_LEFT, 0, z);
    window(rows, last, 1, to + 1, CLAUSE_RIGHT, 0, z);
    int roles = roleBits(s, t);
    for (int r = 0; r < ROLES.size(); r++) {
      if (((roles >>> r) & 1) == 0) continue;
      int j = blocks * vectors.dims() + r;
      for (int c = 0; c < CLASSES; c++) z[c] += weights[j * CLASSES + c] / std[j];
    }
  }

  /**
   * Adds block {@code b}'s average over the tokens from {@code edge + step} to before {@code end}, each weighing its
   * word's weight, times its distance's window weight when {@code decay} is 1.
   */
  private void window(int[] rows, int edge, int step, int end, int b, int decay, double[] z) {
    int blocks = BLOCKS.size();
    double s0 = 0, s1 = 0, s2 = 0, total = 0;
    for (int i = edge + step, d = 1; i != end; i += step, d++) {
      if (rows[i] < 0) continue;
      double w = vectors.weight(rows[i]) * (decay == 1 ? WINDOW_WEIGHT[d] : 1);
      int at = (rows[i] * blocks + b) * CLASSES;
      s0 += w * projection[at];
      s1 += w * projection[at + 1];
      s2 += w * projection[at + 2];
      total += w;
    }
    if (total == 0) return;
    z[0] += s0 / total;
    z[1] += s1 / total;
    z[2] += s2 / total;
  }

  /**
   * Each word's push on the positive-minus-negative logit per block, named {@code e<block>:<word>} (e.g.
   * {@code eL6:killed}), and each role's ({@code erole:subject}), for explanations.
   */
  void explain(Sentence s, TargetSpan t, BiConsumer<String, Double> sink) {
    int[] rows = rows(s);
    int blocks = BLOCKS.size();
    double[] total = new double[blocks];
    visit(vectors, s, rows, t, (b, i, w) -> total[b] += w);
    visit(vectors, s, rows, t, (b, i, w) -> {
      int at = (rows[i] * blocks + b) * CLASSES;
      sink.accept("e" + BLOCKS.get(b) + ":" + s.word(i), w / total[b] * (projection[at + 2] - projection[at]));
    });
    int roles = roleBits(s, t);
    for (int r = 0; r < ROLES.size(); r++) {
      if (((roles >>> r) & 1) == 0) continue;
      int j = blocks * vectors.dims() + r;
      sink.accept("erole:" + ROLES.get(r), (weights[j * CLASSES + 2] - weights[j * CLASSES]) / std[j]);
    }
  }
}
