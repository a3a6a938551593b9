package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The features the trained model sees for one target, with the target MASKED: its own tokens never become
 * features (they appear as the placeholder {@code <T>} in n-grams), so the model judges the context, not the name.
 * Each feature has a kind (its name's prefix); a model view uses some kinds:
 *
 * <ul>
 *   <li>{@code w:}, {@code b:} the sentence's words and bigrams;</li>
 *   <li>{@code L5:}, {@code R10:}, ... words left or right of the target within 5 or 10 tokens, and {@code L3:},
 *       {@code R6:}, {@code L12:}, ... words and bigrams (the one touching the target included) within 3, 6 and 12,
 *       since "X attacked Y" says different things about X and Y;</li>
 *   <li>{@code t2:}, {@code t3:} the n-grams touching the target; {@code CL:}, {@code CR:} the target's own clause;</li>
 *   <li>{@code lexc:} lexicon counts and valence sums by side, distance and negation; {@code lex:}, {@code lexsum:},
 *       {@code neg:} ... the same by distance bucket; {@code rule:} the rule scorer's score;</li>
 *   <li>{@code role:} the target's role: speaker ("X said"), subject of a directed verb ("X accused"), its object
 *       ("accused X"), passive subject ("X was accused"), inside a quotation.</li>
 * </ul>
 *
 * <p>A sentence is prepared once ({@link #prepare}: tokens, their hashes, valences, negation) and then serves every
 * target in it. Immutable and serializable; safe to share across threads.
 */
public final class TargetFeatures implements Serializable {
  private static final long serialVersionUID = 3L;
  static final String TARGET = "<T>";
  private static final String START = "<S>";
  private static final String END = "</S>";

  /** Feature kinds, in the order of {@link #PREFIXES}. */
  static final int BIAS = 0, W = 1, B = 2, L5 = 3, R5 = 4, L10 = 5, R10 = 6, T2 = 7, T3 = 8, CL = 9, CR = 10,
      NEG = 11, LEX = 12, LEXPOS = 13, LEXNEG = 14, LEXSUM = 15, CLEX = 16, RULE = 17, RULECLS = 18, CUE = 19,
      L3 = 20, R3 = 21, L6 = 22, R6 = 23, L12 = 24, R12 = 25, ROLE = 26, LEXC = 27;
  static final String[] PREFIXES = {"bias:", "w:", "b:", "L5:", "R5:", "L10:", "R10:", "t2:", "t3:", "CL:", "CR:",
      "neg:", "lex:", "lexpos:", "lexneg:", "lexsum:", "clex:", "rule:", "rulecls:", "cue:", "L3:", "R3:", "L6:", "R6:",
      "L12:", "R12:", "role:", "lexc:"};
  static final int KINDS = PREFIXES.length;
  private static final long[] KIND_HASH = new long[KINDS];

  /**
   * Sparse word features are scaled to unit length per group, as if each group were its own TF vectorizer; dense
   * cues (group 0: bias, lexicon sums, rule score, roles) keep their raw values, so a few strong signals are not
   * drowned by a long sentence's many words.
   */
  static final int[] GROUP = {0, 1, 1, 2, 3, 4, 5, 6, 6, 7, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0, 9, 10, 11, 12, 13, 14, 0, 0};
  static final int GROUPS = 15;

  static {
    for (int k = 0; k < KINDS; k++) KIND_HASH[k] = FeatureHash.token(PREFIXES[k]);
  }

  /** The kind whose prefix is {@code name} with or without its colon, e.g. {@code L5} or {@code L5:}. */
  static int kind(String name) {
    String p = name.endsWith(":") ? name : name + ":";
    for (int k = 0; k < KINDS; k++) if (PREFIXES[k].equals(p)) return k;
    throw new IllegalArgumentException("feature kind " + name + ": expected one of " + String.join(" ", PREFIXES));
  }

  /** The factor a feature of group {@code g} is multiplied by, given the sum of squares of the group's values. */
  static double scale(int g, double squares) {
    return g == 0 || squares == 0 ? 1 : 1 / Math.sqrt(squares);
  }

  /**
   * The rule scorer's knobs as the shipped model saw them during training; pinned here so that retuning the rules
   * cannot silently shift a trained model's inputs. Change it only together with retraining.
   */
  static final RuleBasedScorer.Parameters RULES_AS_TRAINED = new RuleBasedScorer.Parameters(2.0, 12.0, -0.25, 0.2,
      0.0, 1.0, 0.85, 0.5, 1.0, 1.0, new PolarityThresholds(-0.12, 0.22));

  private static final String[] RULE_CLASSES = {"neg", "neu", "pos"};
  private static final String[] BUCKETS = {"0", "1", "2", "3", "3", "4", "4", "4", "5", "5", "5", "5", "5"};
  private static final String[] SIDE_BUCKET_L = new String[BUCKETS.length + 1];
  private static final String[] SIDE_BUCKET_R = new String[BUCKETS.length + 1];
  private static final long[] SIDE_BUCKET_L_HASH = new long[BUCKETS.length + 1];
  private static final long[] SIDE_BUCKET_R_HASH = new long[BUCKETS.length + 1];

  static {
    for (int d = 0; d <= BUCKETS.length; d++) {
      String b = d < BUCKETS.length ? BUCKETS[d] : "6";
      SIDE_BUCKET_L[d] = "L" + b;
      SIDE_BUCKET_R[d] = "R" + b;
      SIDE_BUCKET_L_HASH[d] = FeatureHash.token(SIDE_BUCKET_L[d]);
      SIDE_BUCKET_R_HASH[d] = FeatureHash.token(SIDE_BUCKET_R[d]);
    }
  }

  /** Names (and their hashes) of the dense lexicon counts: sign x negated, by side and within 5 of the target. */
  private static final String[][] LEXC_NAMES = new String[4][3];
  private static final long[][] LEXC_HASH = new long[4][3];

  static {
    String[] sign = {"pos", "neg", "posN", "negN"};
    String[] where = {"", "L", "R"};
    for (int s = 0; s < 4; s++) {
      for (int w = 0; w < 3; w++) {
        LEXC_NAMES[s][w] = sign[s] + where[w];
        LEXC_HASH[s][w] = FeatureHash.token(LEXC_NAMES[s][w]);
      }
    }
  }

  private static final String[] NEAR = {"pos5L", "neg5L", "posN5L", "negN5L", "pos5R", "neg5R", "posN5R", "negN5R"};
  private static final long[] NEAR_HASH = hashes(NEAR);
  private static final String[] VALENCE = {"valL", "valR", "wvalL", "wvalR"};
  private static final long[] VALENCE_HASH = hashes(VALENCE);

  private static long[] hashes(String[] names) {
    long[] h = new long[names.length];
    for (int i = 0; i < names.length; i++) h[i] = FeatureHash.token(names[i]);
    return h;
  }

  static final long H_TARGET = FeatureHash.token(TARGET);
  static final long H_START = FeatureHash.token(START);
  static final long H_END = FeatureHash.token(END);

  static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "who", "which",
      "that", "because", "although", "though", "whereas", "after", "before", "when", "if");

  private final WordTable words;
  private final RuleBasedScorer rules;

  public TargetFeatures(Lexicon lexicon) {
    this.words = new WordTable(lexicon);
    this.rules = new RuleBasedScorer(lexicon, RULES_AS_TRAINED);
  }

  Sentence prepare(String sentence) {
    return new Sentence(sentence, words);
  }

  /** Emits the features of the kinds {@code on} selects ({@code on[kind]}) for one target of the sentence. */
  void extract(Sentence s, TargetSpan target, boolean[] on, FeatureSink sink) {
    int n = s.size();
    if (n == 0) return;
    long[] hash = s.hash;
    int first = target.first();
    int last = target.last();
    if (on[BIAS]) sink.add(BIAS, FeatureHash.of(KIND_HASH[BIAS]), null, null, null, 1);

    // the sentence with the target collapsed into <T>: bigrams, and the n-grams touching the target
    if (on[T3] && !on[W] && !on[B] && !on[T2]) {
      targetTrigrams(s, first, last, sink);
    } else if (on[W] || on[B] || on[T2] || on[T3]) {
      String prev = START;
      long prevHash = H_START;
      String prev2 = null;
      long prev2Hash = 0;
      for (int i = 0; i < n; i++) {
        if (i > first && i <= last) continue;
        boolean isTarget = i == first;
        String word = isTarget ? TARGET : s.word(i);
        long h = isTarget ? H_TARGET : hash[i];
        if (on[B]) sink.add(B, FeatureHash.of(KIND_HASH[B], prevHash, h), prev, word, null, 1);
        if (isTarget) {
          if (on[T2]) sink.add(T2, FeatureHash.of(KIND_HASH[T2], prevHash, H_TARGET), prev, TARGET, null, 1);
          if (on[T3] && prev2 != null) {
            sink.add(T3, FeatureHash.of(KIND_HASH[T3], prev2Hash, prevHash, H_TARGET), prev2, prev, TARGET, 1);
          }
        } else if (i == last + 1) {
          if (on[T2]) sink.add(T2, FeatureHash.of(KIND_HASH[T2], H_TARGET, h), TARGET, word, null, 1);
          if (on[T3] && i + 1 < n) {
            sink.add(T3, FeatureHash.of(KIND_HASH[T3], H_TARGET, h, hash[i + 1]), TARGET, word, s.word(i + 1), 1);
          }
        }
        if (!isTarget && on[W]) sink.add(W, FeatureHash.of(KIND_HASH[W], h), word, null, null, 1);
        prev2 = prev;
        prev2Hash = prevHash;
        prev = word;
        prevHash = h;
      }
      if (on[B]) sink.add(B, FeatureHash.of(KIND_HASH[B], prevHash, H_END), prev, END, null, 1);
    }

    windowWords(s, first, last, 5, L5, R5, on, sink);
    windowWords(s, first, last, 10, L10, R10, on, sink);
    windowNgrams(s, first, last, 3, L3, R3, on, sink);
    windowNgrams(s, first, last, 6, L6, R6, on, sink);
    windowNgrams(s, first, last, 12, L12, R12, on, sink);
    if (on[LEXC]) lexiconCounts(s, first, last, sink);
    if (on[NEG] || on[LEX] || on[LEXPOS] || on[LEXNEG] || on[LEXSUM]) lexiconBuckets(s, target, on, sink);
    if (on[CL] || on[CR] || on[CLEX]) clauseFeatures(s, target, on, sink);
    if (on[RULE] || on[RULECLS]) {
      double rule = rules.score(s.tokens(), target);
      if (on[RULE]) sink.add(RULE, FeatureHash.of(KIND_HASH[RULE]), null, null, null, rule);
      if (on[RULECLS]) {
        String c = RULE_CLASSES[RULES_AS_TRAINED.thresholds().classify(rule) + 1];
        sink.add(RULECLS, FeatureHash.of(KIND_HASH[RULECLS], FeatureHash.token(c)), c, null, null, 1);
      }
    }
    if (on[CUE]) cues(s, target, sink);
    if (on[ROLE]) roles(s, target, sink);
  }

  /**
   * The n-grams of three touching the target, as the loop over the collapsed sentence emits them, without walking
   * the sentence: before the target nothing is collapsed, so the two words before it are the sentence's own.
   */
  private static void targetTrigrams(Sentence s, int first, int last, FeatureSink sink) {
    if (first >= 1) {
      String prev2 = first >= 2 ? s.word(first - 2) : START;
      long prev2Hash = first >= 2 ? s.hash[first - 2] : H_START;
      sink.add(T3, FeatureHash.of(KIND_HASH[T3], prev2Hash, s.hash[first - 1], H_TARGET), prev2, s.word(first - 1),
          TARGET, 1);
    }
    int i = last + 1;
    if (i + 1 < s.size()) {
      sink.add(T3, FeatureHash.of(KIND_HASH[T3], H_TARGET, s.hash[i], s.hash[i + 1]), TARGET, s.word(i),
          s.word(i + 1), 1);
    }
  }

  /** Words within {@code width} tokens of the target on each side. */
  private static void windowWords(Sentence s, int first, int last, int width, int left, int right, boolean[] on,
                                  FeatureSink sink) {
    if (on[left]) {
      for (int i = Math.max(0, first - width); i < first; i++) {
        sink.add(left, FeatureHash.of(KIND_HASH[left], s.hash[i]), s.word(i), null, null, 1);
      }
    }
    if (on[right]) {
      for (int i = last + 1; i <= Math.min(s.size() - 1, last + width); i++) {
        sink.add(right, FeatureHash.of(KIND_HASH[right], s.hash[i]), s.word(i), null, null, 1);
      }
    }
  }

  /** Words and bigrams within {@code width} tokens of the target on each side, the bigram touching it included. */
  private static void windowNgrams(Sentence s, int first, int last, int width, int left, int right, boolean[] on,
                                   FeatureSink sink) {
    if (on[left]) {
      int from = Math.max(0, first - width);
      for (int i = from; i < first; i++) {
        sink.add(left, FeatureHash.of(KIND_HASH[left], s.hash[i]), s.word(i), null, null, 1);
        boolean touching = i + 1 == first;
        sink.add(left, FeatureHash.of(KIND_HASH[left], s.hash[i], touching ? H_TARGET : s.hash[i + 1]), s.word(i),
            touching ? TARGET : s.word(i + 1), null, 1);
      }
    }
    if (on[right]) {
      int to = Math.min(s.size() - 1, last + width);
      for (int i = last + 1; i <= to; i++) {
        sink.add(right, FeatureHash.of(KIND_HASH[right], s.hash[i]), s.word(i), null, null, 1);
        boolean touching = i == last + 1;
        sink.add(right, FeatureHash.of(KIND_HASH[right], touching ? H_TARGET : s.hash[i - 1], s.hash[i]),
            touching ? TARGET : s.word(i - 1), s.word(i), null, 1);
      }
    }
  }

  /**
   * Counts of opinion words by sign and negation, overall, by side and within 5 tokens, and valence sums by side,
   * plain and decaying with distance (a negated word counts -1/2 of its valence, as in the rules).
   */
  private static void lexiconCounts(Sentence s, int first, int last, FeatureSink sink) {
    int[][] count = new int[4][3];
    int[] near = new int[8];
    double[] val = new double[4];
    for (int i : s.opinions) {
      float v = s.valence[i];
      if (v == 0 || (i >= first && i <= last)) continue;
      boolean left = i < first;
      int d = left ? first - i : i - last;
      int sign = (v > 0 ? 0 : 1) + (s.negated[i] ? 2 : 0);
      count[sign][0]++;
      count[sign][left ? 1 : 2]++;
      if (d <= 5) near[sign + (left ? 0 : 4)]++;
      double value = (s.negated[i] ? -0.5 * v : v) / 4;
      val[left ? 0 : 1] += value;
      val[left ? 2 : 3] += value * Math.exp(-(d - 1) / 5.0);
    }
    for (int a = 0; a < 4; a++) {
      for (int w = 0; w < 3; w++) {
        if (count[a][w] > 0) {
          sink.add(LEXC, FeatureHash.of(KIND_HASH[LEXC], LEXC_HASH[a][w]), LEXC_NAMES[a][w], null, null, count[a][w]);
        }
      }
    }
    for (int k = 0; k < near.length; k++) {
      if (near[k] > 0) sink.add(LEXC, FeatureHash.of(KIND_HASH[LEXC], NEAR_HASH[k]), NEAR[k], null, null, near[k]);
    }
    for (int k = 0; k < val.length; k++) {
      if (val[k] != 0) sink.add(LEXC, FeatureHash.of(KIND_HASH[LEXC], VALENCE_HASH[k]), VALENCE[k], null, null, val[k]);
    }
  }

  private static final long LEXSUM_L_HASH = FeatureHash.of(FeatureHash.token(PREFIXES[LEXSUM]), FeatureHash.token("L"));
  private static final long LEXSUM_R_HASH = FeatureHash.of(FeatureHash.token(PREFIXES[LEXSUM]), FeatureHash.token("R"));

  /** Opinion words by side and distance bucket, negated ones by name, and the squashed sums by side. */
  private static void lexiconBuckets(Sentence s, TargetSpan target, boolean[] on, FeatureSink sink) {
    double lexL = 0;
    double lexR = 0;
    for (int i : s.opinions) {
      double v = s.valence[i];
      if (v == 0 || target.contains(i)) continue;
      int d = Math.min(target.distance(i), BUCKETS.length);
      boolean left = i < target.first();
      String bucket = left ? SIDE_BUCKET_L[d] : SIDE_BUCKET_R[d];
      long bucketHash = left ? SIDE_BUCKET_L_HASH[d] : SIDE_BUCKET_R_HASH[d];
      if (s.negated[i]) {
        if (on[NEG]) sink.add(NEG, FeatureHash.of(KIND_HASH[NEG], s.hash[i]), s.word(i), null, null, 1);
        v = -0.5 * v;
      }
      if (on[LEX]) sink.add(LEX, FeatureHash.of(KIND_HASH[LEX], bucketHash), bucket, null, null, v / 4);
      int signKind = v > 0 ? LEXPOS : LEXNEG;
      if (on[signKind]) sink.add(signKind, FeatureHash.of(KIND_HASH[signKind], bucketHash), bucket, null, null, 1);
      if (left) lexL += v; else lexR += v;
    }
    if (on[LEXSUM]) {
      sink.add(LEXSUM, LEXSUM_L_HASH, "L", null, null, Math.tanh(lexL / 4));
      sink.add(LEXSUM, LEXSUM_R_HASH, "R", null, null, Math.tanh(lexR / 4));
    }
  }

  /** Words of the target's own clause (up to a boundary mark or a clause-opening word), and their lexicon sum. */
  private static void clauseFeatures(Sentence s, TargetSpan target, boolean[] on, FeatureSink sink) {
    int from = s.clauseStart(target.first());
    int to = s.clauseEnd(target.last());
    double lex = 0;
    for (int i = from; i <= to; i++) {
      if (target.contains(i)) continue;
      int kind = i < target.first() ? CL : CR;
      if (on[kind]) sink.add(kind, FeatureHash.of(KIND_HASH[kind], s.hash[i]), s.word(i), null, null, 1);
      lex += s.valence[i];
    }
    if (on[CLEX]) sink.add(CLEX, FeatureHash.of(KIND_HASH[CLEX]), null, null, null, Math.tanh(lex / 4));
  }

  private static final String[] CUES = {"speaker", "subject-of-directed", "inside-quotes", "sentence-start"};
  private static final long[] CUE_HASH = hashes(CUES);

  private static void cues(Sentence s, TargetSpan target, FeatureSink sink) {
    boolean[] cue = {RuleBasedScorer.isSpeaker(s.tokens(), target),
        RuleBasedScorer.directedVerbAfter(s.tokens(), target) >= 0, insideQuotes(s, target), target.first() == 0};
    for (int k = 0; k < cue.length; k++) {
      if (cue[k]) sink.add(CUE, FeatureHash.of(KIND_HASH[CUE], CUE_HASH[k]), CUES[k], null, null, 1);
    }
  }

  private static final String[] ROLES = {"speaker", "spoken-of", "subject", "object", "passive", "quoted", "start"};
  private static final long[] ROLE_HASH = hashes(ROLES);
  private static final int SPEAKER = 0, SPOKEN_OF = 1, SUBJECT = 2, OBJECT = 3, PASSIVE = 4, QUOTED = 5, START_ROLE = 6;

  /**
   * The target's syntactic role, by the verbs next to it, each role also paired with its verb: the speaker of
   * "X said" or the accuser of "X accused Y" is not what the words after the verb are about; the object of
   * "accused X" and the subject of "X was accused" are.
   */
  private static void roles(Sentence s, TargetSpan target, FeatureSink sink) {
    int speech = speechAfter(s, target);
    if (speech >= 0) role(SPEAKER, s, speech, sink);
    int spokenOf = speechBefore(s, target);
    if (spokenOf >= 0) role(SPOKEN_OF, s, spokenOf, sink);
    int directed = directedAfter(s, target);
    if (directed >= 0) role(subjectRole(s, directed), s, directed, sink);
    int object = directedBefore(s, target);
    if (object >= 0) role(OBJECT, s, object, sink);
    if (insideQuotes(s, target)) sink.add(ROLE, FeatureHash.of(KIND_HASH[ROLE], ROLE_HASH[QUOTED]), ROLES[QUOTED],
        null, null, 1);
    if (target.first() == 0) sink.add(ROLE, FeatureHash.of(KIND_HASH[ROLE], ROLE_HASH[START_ROLE]), ROLES[START_ROLE],
        null, null, 1);
  }

  /** The roles' names, in the order of {@link #roleFlags}' bits. */
  static final List<String> ROLE_NAMES = List.of(ROLES);

  /**
   * Bit r set when the target has role {@code ROLE_NAMES.get(r)}, as {@code role:} features say: the same scans as
   * {@link #roles}, without naming or hashing anything, since the word-vector view asks for them on every target.
   */
  static int roleFlags(Sentence s, TargetSpan target) {
    int flags = 0;
    if (speechAfter(s, target) >= 0) flags |= 1 << SPEAKER;
    if (speechBefore(s, target) >= 0) flags |= 1 << SPOKEN_OF;
    int directed = directedAfter(s, target);
    if (directed >= 0) flags |= 1 << subjectRole(s, directed);
    if (directedBefore(s, target) >= 0) flags |= 1 << OBJECT;
    if (insideQuotes(s, target)) flags |= 1 << QUOTED;
    if (target.first() == 0) flags |= 1 << START_ROLE;
    return flags;
  }

  /** A speech verb within 4 tokens after the target, before a full stop ("X said"), or -1. */
  private static int speechAfter(Sentence s, TargetSpan target) {
    return after(s, target, 4, Sentence.SPEECH, Sentence.STOP);
  }

  /** A speech verb or "according" within 3 tokens before the target ("said X", "according to X"), or -1. */
  private static int speechBefore(Sentence s, TargetSpan target) {
    return before(s, target, Sentence.SPEECH | Sentence.ACCORDING);
  }

  /** A directed verb within 3 tokens after the target, before any mark ("X accused", "X was accused"), or -1. */
  private static int directedAfter(Sentence s, TargetSpan target) {
    return after(s, target, 3, Sentence.DIRECTED, Sentence.PUNCTUATION);
  }

  /** A directed verb within 3 tokens before the target ("accused X"), or -1. */
  private static int directedBefore(Sentence s, TargetSpan target) {
    return before(s, target, Sentence.DIRECTED);
  }

  /**
   * The first of the {@code reach} tokens after the target with {@code flag}, unless one with {@code stop} comes
   * first; or -1.
   */
  private static int after(Sentence s, TargetSpan target, int reach, int flag, int stop) {
    for (int i = target.last() + 1; i < Math.min(s.size(), target.last() + 1 + reach); i++) {
      if (s.is(i, flag)) return i;
      if (s.is(i, stop)) return -1;
    }
    return -1;
  }

  /** The nearest of the 3 tokens before the target with any of {@code flags}, or -1. */
  private static int before(Sentence s, TargetSpan target, int flags) {
    for (int i = target.first() - 1; i >= Math.max(0, target.first() - 3); i--) {
      if (s.is(i, flags)) return i;
    }
    return -1;
  }

  /** The target before directed verb {@code verb} is its passive subject after "was" and the like, else its subject. */
  private static int subjectRole(Sentence s, int verb) {
    return s.is(verb - 1, Sentence.PASSIVE_AUX) ? PASSIVE : SUBJECT;
  }

  private static void role(int role, Sentence s, int verb, FeatureSink sink) {
    sink.add(ROLE, FeatureHash.of(KIND_HASH[ROLE], ROLE_HASH[role]), ROLES[role], null, null, 1);
    sink.add(ROLE, FeatureHash.of(KIND_HASH[ROLE], ROLE_HASH[role], s.hash[verb]), ROLES[role], s.word(verb), null, 1);
  }

  /**
   * Whether the target is the active subject of an accusation ("X accused Y of ...", "X blamed Y"): by the product's
   * definition the accusation is about Y, not X.
   */
  static boolean accuses(Sentence s, TargetSpan target) {
    int verb = after(s, target, 3, Sentence.ACCUSATION, Sentence.PUNCTUATION);
    return verb >= 0 && !s.is(verb - 1, Sentence.PASSIVE_AUX);
  }

  /** An odd number of straight or curly quote marks before the target: it is inside a quotation. */
  private static boolean insideQuotes(Sentence s, TargetSpan target) {
    return s.quotesBefore[target.first()] % 2 == 1;
  }
}
