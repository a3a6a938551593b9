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
 * 0.03 macro-F1 in cross-validation).
 *
 * <p>Scoring prepares a sentence once for all its targets ({@link Prepared}): word and bigram weights are looked up
 * per token in {@link TokenWeights}, the sentence-wide word and bigram sums are corrected per target, and only the
 * few other features (lexicon counts, roles, ...) go through {@link TargetFeatures#extract}. {@link #explain} and
 * {@link #referenceProbabilities} take the straightforward way, every extracted feature looked up in each view's
 * model; the tests hold the two to the same probabilities. Immutable and serializable; safe to share across threads.
 */
public final class ModelScorer implements ExplainableScorer, Serializable {
  private static final long serialVersionUID = 3L;

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
  /**
   * The word and bigram kinds, scored from {@link #tokenWeights}; the other kinds, from {@link #restWeights} by kind:
   * the kinds with a closed set of names (lexicon counts and sums, the bias, cues) from a table of at most a few
   * hundred entries, which stays in cache, the open ones ({@code t3:}, {@code neg:}, {@code role:}) from a large one.
   * Most of a target's other features (15 of 18 per mention on a generated corpus) are of the closed kinds.
   */
  private final TokenWeights tokenWeights;
  private final boolean[] rest;
  private final PackedWeights[] restWeights;
  private static final int[] CLOSED_KINDS = {TargetFeatures.BIAS, TargetFeatures.LEX, TargetFeatures.LEXPOS,
      TargetFeatures.LEXNEG, TargetFeatures.LEXSUM, TargetFeatures.CLEX, TargetFeatures.LEXC, TargetFeatures.RULE,
      TargetFeatures.RULECLS, TargetFeatures.CUE};
  private final Windows windows;
  /** The word-vector view, or null; its probabilities count {@link #embeddingWeight} times a sparse view's. */
  private final EmbeddingView embedding;
  private final double embeddingWeight;

  public ModelScorer(TargetFeatures features, List<View> views, Decision decision) {
    this(features, views, null, 0, decision);
  }

  public ModelScorer(TargetFeatures features, List<View> views, EmbeddingView embedding, double embeddingWeight,
                     Decision decision) {
    if (views.isEmpty()) throw new IllegalArgumentException("a model needs at least one view");
    if (embedding != null && !(embeddingWeight > 0)) {
      throw new IllegalArgumentException("the embedding view's weight must be positive, got " + embeddingWeight);
    }
    this.embedding = embedding;
    this.embeddingWeight = embedding == null ? 0 : embeddingWeight;
    this.features = features;
    this.views = views.toArray(new View[0]);
    this.decision = decision;
    this.on = new boolean[this.views.length][];
    this.any = new boolean[TargetFeatures.KINDS];
    for (int v = 0; v < this.views.length; v++) {
      on[v] = this.views[v].on();
      for (int k = 0; k < any.length; k++) any[k] |= on[v][k];
    }
    this.tokenWeights = new TokenWeights(views, on);
    this.rest = any.clone();
    for (int k : TokenWeights.UNIGRAM_KINDS) rest[k] = false;
    for (int k : TokenWeights.BIGRAM_KINDS) rest[k] = false;
    boolean[] closed = new boolean[TargetFeatures.KINDS];
    for (int k : CLOSED_KINDS) closed[k] = rest[k];
    boolean[] open = rest.clone();
    for (int k : CLOSED_KINDS) open[k] = false;
    List<LinearModel> closedModels = new ArrayList<>();
    List<LinearModel> openModels = new ArrayList<>();
    for (View v : views) {
      closedModels.add(v.model().only(closed));
      openModels.add(v.model().only(open));
    }
    PackedWeights closedWeights = new PackedWeights(closedModels);
    PackedWeights openWeights = new PackedWeights(openModels);
    this.restWeights = new PackedWeights[TargetFeatures.KINDS];
    for (int k = 0; k < restWeights.length; k++) restWeights[k] = closed[k] ? closedWeights : openWeights;
    this.windows = new Windows(tokenWeights, on);
  }

  public List<View> views() {
    return List.of(views);
  }

  public Decision decision() {
    return decision;
  }

  /** The word-vector view, or null if the model has none. */
  public EmbeddingView embedding() {
    return embedding;
  }

  public double embeddingWeight() {
    return embeddingWeight;
  }

  /**
   * Folds the embedding view's logits into the sparse views' averaged probabilities {@code p}: the views' average
   * counts {@code views.length} times, the embedding view {@link #embeddingWeight} times.
   */
  private void mix(double[] p, double[] embeddingLogits) {
    mix(p, embeddingLogits, views.length, embeddingWeight);
  }

  /** The one mixing rule, for scoring and for training's out-of-fold figures alike. */
  static void mix(double[] p, double[] embeddingLogits, int views, double embeddingWeight) {
    LinearModel.softmax(embeddingLogits);
    double share = embeddingWeight / (views + embeddingWeight);
    for (int k = 0; k < LinearModel.CLASSES; k++) p[k] = (1 - share) * p[k] + share * embeddingLogits[k];
  }

  /**
   * Sums each view's weights per group and class as features arrive; no strings unless explaining. Looks weights up
   * in {@code packed} when given, else in each view's own model (the straightforward way, for explanations).
   */
  private final class Accumulator implements FeatureSink {
    final double[][] groupZ = new double[views.length][TargetFeatures.GROUPS * LinearModel.CLASSES];
    final double[] squares = new double[TargetFeatures.GROUPS];
    final PackedWeights[] packed;
    /** Explained contributions by feature name, before group scaling, with the group of each. */
    final Map<String, double[]> explain;

    Accumulator(PackedWeights[] packed, boolean explaining) {
      this.packed = packed;
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
      int f = -1;
      PackedWeights table = null;
      if (packed != null) {
        table = packed[kind];
        f = table.find(hash);
        if (f < 0) return;
      }
      int base = g * LinearModel.CLASSES;
      for (int v = 0; v < views.length; v++) {
        if (!on[v][kind]) continue;
        double w0;
        double w1;
        double w2;
        if (packed != null) {
          w0 = table.weight(f, v, 0);
          w1 = table.weight(f, v, 1);
          w2 = table.weight(f, v, 2);
        } else {
          LinearModel m = views[v].model();
          int i = m.index(hash);
          if (i < 0) continue;
          w0 = m.weight(i, 0);
          w1 = m.weight(i, 1);
          w2 = m.weight(i, 2);
        }
        double[] z = groupZ[v];
        z[base] += value * w0;
        z[base + 1] += value * w1;
        z[base + 2] += value * w2;
        if (explain != null && kind != TargetFeatures.BIAS) {
          double push = value * (w2 - w0) / views.length;
          explain.computeIfAbsent(FeatureHash.name(TargetFeatures.PREFIXES[kind], a, b, c), n -> new double[] {0, g})[0]
              += push;
        }
      }
    }

    /** The averaged class probabilities into {@code p}. */
    void finish(double[] p) {
      Arrays.fill(p, 0);
      double[] z = new double[LinearModel.CLASSES];
      double[] scales = new double[TargetFeatures.GROUPS];
      for (int g = 0; g < TargetFeatures.GROUPS; g++) scales[g] = TargetFeatures.scale(g, squares[g]);
      for (int v = 0; v < views.length; v++) {
        Arrays.fill(z, 0);
        for (int g = 0; g < TargetFeatures.GROUPS; g++) {
          double scale = scales[g];
          for (int k = 0; k < LinearModel.CLASSES; k++) z[k] += groupZ[v][g * LinearModel.CLASSES + k] * scale;
        }
        LinearModel.softmax(z);
        for (int k = 0; k < LinearModel.CLASSES; k++) p[k] += z[k] / views.length;
      }
    }
  }

  /**
   * A sentence ready for all its targets: each token's and each adjacent pair's entry in {@link #tokenWeights}, and
   * per view the weights of all its words and bigrams summed ({@code w:} and {@code b:} cover the whole sentence
   * but the target, so a target only subtracts its own words and the bigrams touching them, and adds the two bigrams
   * with {@code <T>}). The features are linear per group before the scaling, and every word or bigram feature has
   * the value 1, so the group's squared norm is just a count of what the straightforward extraction would emit.
   */
  private final class Prepared {
    final Sentence s;
    /** Entry of token i; entry of pair p, the bigram (p - 1, p), with {@code <S>} at -1 and {@code </S>} at n. */
    final long[] uni;
    final long[] bi;
    final double[][] sentence = new double[views.length][LinearModel.CLASSES];
    /** The sentence as the embedding view reads it; null without that view. */
    final EmbeddingView.Context vectorContext;

    Prepared(String text) {
      s = features.prepare(text);
      vectorContext = embedding == null ? null : embedding.prepare(s);
      int n = s.size();
      uni = new long[n];
      bi = new long[n + 1];
      for (int i = 0; i < n; i++) {
        uni[i] = tokenWeights.find(TokenWeights.unigram(s.hash[i]));
      }
      for (int p = 0; p <= n; p++) {
        bi[p] = tokenWeights.find(TokenWeights.bigram(p == 0 ? TargetFeatures.H_START : s.hash[p - 1],
            p == n ? TargetFeatures.H_END : s.hash[p]));
      }
      for (int v = 0; v < views.length; v++) {
        if (any[TargetFeatures.W]) tokenWeights.add(uni, 0, n, tokenWeights.uniColumns(TargetFeatures.W)[v], sentence[v], 0, 1);
        if (any[TargetFeatures.B]) tokenWeights.add(bi, 0, n + 1, tokenWeights.biColumns(TargetFeatures.B)[v], sentence[v], 0, 1);
      }
    }

    /** Accumulates the target's features into {@code acc}: what {@link TargetFeatures#extract} emits, summed. */
    void accumulate(TargetSpan t, Accumulator acc) {
      int n = s.size();
      if (n == 0) return;
      int first = t.first();
      int last = t.last();
      int length = last - first + 1;
      double[][] z = acc.groupZ;
      double[] squares = acc.squares;
      TokenWeights tw = tokenWeights;
      long leftT = tw.find(TokenWeights.bigram(first > 0 ? s.hash[first - 1] : TargetFeatures.H_START,
          TargetFeatures.H_TARGET));
      long rightT = tw.find(TokenWeights.bigram(TargetFeatures.H_TARGET,
          last + 1 < n ? s.hash[last + 1] : TargetFeatures.H_END));

      if (any[TargetFeatures.W] || any[TargetFeatures.B]) {
        int at = TargetFeatures.GROUP[TargetFeatures.W] * LinearModel.CLASSES;
        int[] words = tw.uniColumns(TargetFeatures.W);
        int[] pairs = tw.biColumns(TargetFeatures.B);
        for (int v = 0; v < views.length; v++) {
          for (int k = 0; k < LinearModel.CLASSES; k++) z[v][at + k] += sentence[v][k];
          tw.add(uni, first, last + 1, words[v], z[v], at, -1);
          tw.add(bi, first, last + 2, pairs[v], z[v], at, -1);
          tw.add(leftT, pairs[v], z[v], at, 1);
          tw.add(rightT, pairs[v], z[v], at, 1);
        }
        if (any[TargetFeatures.W]) squares[TargetFeatures.GROUP[TargetFeatures.W]] += n - length;
        if (any[TargetFeatures.B]) squares[TargetFeatures.GROUP[TargetFeatures.B]] += n - length + 2;
      }
      if (any[TargetFeatures.T2]) {
        int at = TargetFeatures.GROUP[TargetFeatures.T2] * LinearModel.CLASSES;
        int[] pairs = tw.biColumns(TargetFeatures.T2);
        for (int v = 0; v < views.length; v++) {
          tw.add(leftT, pairs[v], z[v], at, 1);
          if (last + 1 < n) tw.add(rightT, pairs[v], z[v], at, 1);
        }
        squares[TargetFeatures.GROUP[TargetFeatures.T2]] += last + 1 < n ? 2 : 1;
      }
      windows(first, last, leftT, rightT, acc);
      if (any[TargetFeatures.CL] || any[TargetFeatures.CR]) {
        int from = s.clauseStart(first);
        int to = s.clauseEnd(last);
        int at = TargetFeatures.GROUP[TargetFeatures.CL] * LinearModel.CLASSES;
        int[] left = tw.uniColumns(TargetFeatures.CL);
        int[] right = tw.uniColumns(TargetFeatures.CR);
        for (int v = 0; v < views.length; v++) {
          tw.add(uni, from, first, left[v], z[v], at, 1);
          tw.add(uni, last + 1, to + 1, right[v], z[v], at, 1);
        }
        if (any[TargetFeatures.CL]) squares[TargetFeatures.GROUP[TargetFeatures.CL]] += first - from;
        if (any[TargetFeatures.CR]) squares[TargetFeatures.GROUP[TargetFeatures.CR]] += to - last;
      }
      features.extract(s, t, rest, acc);
    }

    /**
     * The window kinds' words, and bigrams where the kind has them (the one touching the target, {@code <T>},
     * included): walking out from the target once, each token's entry is read once and adds its weights to every
     * window column that reaches that far ({@link Windows}).
     */
    private void windows(int first, int last, long leftT, long rightT, Accumulator acc) {
      if (windows.none) return;
      TokenWeights tw = tokenWeights;
      double[][] z = acc.groupZ;
      int left = Math.min(Windows.WIDEST, first);
      for (int d = 1; d <= left; d++) {
        tw.addColumns(uni[first - d], windows.leftWords[d], windows.wordView, windows.wordAt, z);
        tw.addColumns(d == 1 ? leftT : bi[first - d + 1], windows.leftPairs[d], windows.pairView, windows.pairAt, z);
      }
      int right = Math.min(Windows.WIDEST, s.size() - 1 - last);
      for (int d = 1; d <= right; d++) {
        tw.addColumns(uni[last + d], windows.rightWords[d], windows.wordView, windows.wordAt, z);
        tw.addColumns(d == 1 ? rightT : bi[last + d], windows.rightPairs[d], windows.pairView, windows.pairAt, z);
      }
      double[] squares = acc.squares;
      for (int[] w : Windows.KINDS) {
        int width = w[2];
        int pairs = w[3] + 1;
        if (any[w[0]]) squares[TargetFeatures.GROUP[w[0]]] += pairs * (first - Math.max(0, first - width));
        if (any[w[1]]) squares[TargetFeatures.GROUP[w[1]]] += pairs * (Math.min(s.size() - 1, last + width) - last);
      }
    }
  }

  /**
   * Which window columns reach which distance from the target. The windows are nested (3 within 5 within 6 ...), so
   * a word next to the target counts in every window on its side, with each window's own weights: per distance, the
   * bit set of the {@link TokenWeights} columns (a window kind as read by one view) that reach it, and per column the
   * view and group it adds to.
   */
  private static final class Windows implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Left kind, right kind, width, whether it has bigrams (1) or not (0). */
    static final int[][] KINDS = {{TargetFeatures.L5, TargetFeatures.R5, 5, 0},
        {TargetFeatures.L10, TargetFeatures.R10, 10, 0}, {TargetFeatures.L3, TargetFeatures.R3, 3, 1},
        {TargetFeatures.L6, TargetFeatures.R6, 6, 1}, {TargetFeatures.L12, TargetFeatures.R12, 12, 1}};
    static final int WIDEST = 12;

    final int[] leftWords = new int[WIDEST + 1];
    final int[] rightWords = new int[WIDEST + 1];
    final int[] leftPairs = new int[WIDEST + 1];
    final int[] rightPairs = new int[WIDEST + 1];
    final int[] wordView = new int[32];
    final int[] wordAt = new int[32];
    final int[] pairView = new int[32];
    final int[] pairAt = new int[32];
    final boolean none;

    Windows(TokenWeights tw, boolean[][] on) {
      boolean any = false;
      for (int[] w : KINDS) {
        for (int side = 0; side < 2; side++) {
          int kind = w[side];
          int at = TargetFeatures.GROUP[kind] * LinearModel.CLASSES;
          for (int v = 0; v < on.length; v++) {
            if (!on[v][kind]) continue;
            any = true;
            int word = tw.uniColumns(kind)[v];
            wordView[word] = v;
            wordAt[word] = at;
            int pair = w[3] == 1 ? tw.biColumns(kind)[v] : -1;
            if (pair >= 0) {
              pairView[pair] = v;
              pairAt[pair] = at;
            }
            for (int d = 1; d <= w[2]; d++) {
              (side == 0 ? leftWords : rightWords)[d] |= 1 << word;
              if (pair >= 0) (side == 0 ? leftPairs : rightPairs)[d] |= 1 << pair;
            }
          }
        }
      }
      none = !any;
    }
  }

  private double[] probabilities(Prepared prepared, int begin, int end, Accumulator acc) {
    double[] p = new double[LinearModel.CLASSES];
    TargetSpan span = prepared.s.locate(begin, end);
    prepared.accumulate(span, acc);
    acc.finish(p);
    if (embedding != null) {
      double[] z = new double[LinearModel.CLASSES];
      embedding.logits(prepared.vectorContext, span, z);
      mix(p, z);
    }
    return p;
  }

  @Override
  public double score(String sentence, int begin, int end) {
    double[] p = probabilities(sentence, begin, end);
    return p[2] - p[0];
  }

  /** Prepares the sentence once for all its targets. */
  @Override
  public void scoreAll(String sentence, int[] begins, int[] ends, double[] scores) {
    Prepared prepared = new Prepared(sentence);
    Accumulator acc = new Accumulator(restWeights, false);
    for (int i = 0; i < begins.length; i++) {
      acc.reset();
      double[] p = probabilities(prepared, begins[i], ends[i], acc);
      scores[i] = p[2] - p[0];
    }
  }

  @Override
  public int classify(String sentence, int begin, int end) {
    return decision.classify(probabilities(sentence, begin, end));
  }

  /**
   * The mentions' class probabilities averaged, then the decision: the mean of P(positive) - P(negative) is the
   * mean score, and a target named once as plainly negative and twice in passing comes out by how sure each is.
   */
  @Override
  public Judgement judge(List<TargetMentions.Mention> mentions) {
    double[] mean = new double[LinearModel.CLASSES];
    for (TargetMentions.Mention m : mentions) {
      double[] p = probabilities(m.sentence(), m.begin(), m.end());
      for (int k = 0; k < mean.length; k++) mean[k] += p[k] / mentions.size();
    }
    return new Judgement(mean[2] - mean[0], decision.classify(mean));
  }

  /** Class probabilities (negative, neutral, positive), averaged over the views. */
  public double[] probabilities(String sentence, int begin, int end) {
    return probabilities(new Prepared(sentence), begin, end, new Accumulator(restWeights, false));
  }

  /**
   * The same probabilities computed the straightforward way: every feature {@link TargetFeatures#extract} emits,
   * looked up in each view's model. Slower; the fast path above is held to it by the tests.
   */
  double[] referenceProbabilities(String sentence, int begin, int end) {
    Accumulator acc = new Accumulator(null, false);
    Sentence s = features.prepare(sentence);
    TargetSpan span = s.locate(begin, end);
    features.extract(s, span, any, acc);
    double[] p = new double[LinearModel.CLASSES];
    acc.finish(p);
    if (embedding != null) mix(p, embedding.referenceLogits(s, span));
    return p;
  }

  /**
   * Contributions are each feature's push on the positive-minus-negative logit, (w_positive - w_negative) * value
   * / norm, averaged over the views: a view's logits are linear in its features, the average of probabilities is not,
   * so they rank the features rather than add up to the score. The constant term is left out: it is the same for
   * every target and says nothing about this one. The embedding view's words ({@code eL6:killed}, ...) are weighed
   * by its share of the average, like the sparse views'.
   */
  @Override
  public Explanation explain(String sentence, int begin, int end) {
    Accumulator acc = new Accumulator(null, true);
    Sentence s = features.prepare(sentence);
    TargetSpan span = s.locate(begin, end);
    features.extract(s, span, any, acc);
    double[] p = new double[LinearModel.CLASSES];
    acc.finish(p);
    double sparseShare = views.length / (views.length + embeddingWeight);
    List<Explanation.Contribution> contributions = new ArrayList<>();
    for (Map.Entry<String, double[]> e : acc.explain.entrySet()) {
      int g = (int) e.getValue()[1];
      double value = e.getValue()[0] * TargetFeatures.scale(g, acc.squares[g]) * sparseShare;
      if (value != 0) contributions.add(new Explanation.Contribution(e.getKey(), value));
    }
    if (embedding != null) {
      mix(p, embedding.referenceLogits(s, span));
      double share = 1 - sparseShare;
      Map<String, Double> words = new LinkedHashMap<>();
      embedding.explain(s, span, (name, push) -> words.merge(name, push * share, Double::sum));
      words.forEach((name, value) -> {
        if (value != 0) contributions.add(new Explanation.Contribution(name, value));
      });
    }
    return new Explanation(p[2] - p[0], decision.classify(p), contributions);
  }

  @Override
  public String decisionRule() {
    return String.format(java.util.Locale.ROOT, "most probable class of %d views%s, log-offsets negative %+.2f positive %+.2f",
        views.length, embedding == null ? "" : String.format(java.util.Locale.ROOT, " and word vectors (weight %.1f)",
            embeddingWeight), decision.negative(), decision.positive());
  }
}
