package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.List;

/**
 * The features the trained model sees for one target, with the target MASKED: its own tokens never become
 * features (they appear as the placeholder {@code <T>} in n-grams), so the model judges the context, not the name.
 *
 * <ul>
 *   <li>sentence bag of words and bigrams ({@code w:}, {@code b:});</li>
 *   <li>words by side and window, left or right of the target within 5 and 10 tokens ({@code L5:}, {@code R10:}),
 *       since "X attacked Y" says different things about X and Y;</li>
 *   <li>the n-grams touching the target ({@code t2:}, {@code t3:}: "accused <T>", "<T> said");</li>
 *   <li>lexicon valence summed by side and distance bucket, negated opinion words ({@code neg:});</li>
 *   <li>the rule scorer's score and its attribution cues (speaker, subject of a directed verb, inside quotes).</li>
 * </ul>
 * Immutable and serializable; safe to share across threads.
 */
public final class TargetFeatures implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String TARGET = "<T>";
  private static final String[] BUCKETS = {"0", "1", "2", "3", "3", "4", "4", "4", "5", "5", "5", "5", "5"};
  private static final String[] SIDE_BUCKET_L = new String[BUCKETS.length + 1];
  private static final String[] SIDE_BUCKET_R = new String[BUCKETS.length + 1];

  static {
    for (int d = 0; d <= BUCKETS.length; d++) {
      String b = d < BUCKETS.length ? BUCKETS[d] : "6";
      SIDE_BUCKET_L[d] = "L" + b;
      SIDE_BUCKET_R[d] = "R" + b;
    }
  }

  /**
   * Sparse word features are scaled to unit length per group, as if each group were its own TF vectorizer;
   * dense cues (group 0: lexicon sums, rule score, flags) keep their raw values, so a few strong signals are not
   * drowned by a long sentence's many words.
   */
  static final int GROUPS = 7;

  static int group(String kind) {
    return switch (kind) {
      case "w:" -> 1;
      case "b:" -> 2;
      case "L5:", "R5:" -> 3;
      case "L10:", "R10:" -> 4;
      case "CL:", "CR:" -> 6;
      case "t2:", "t3:", "neg:" -> 5;
      default -> 0;
    };
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

  private final Lexicon lexicon;
  private final RuleBasedScorer rules;

  public TargetFeatures(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.rules = new RuleBasedScorer(lexicon, RULES_AS_TRAINED);
  }

  public void extract(String sentence, int begin, int end, FeatureSink sink) {
    TargetSpan.checkOffsets(sentence, begin, end);
    List<Token> tokens = Tokenizer.tokenize(sentence);
    if (tokens.isEmpty()) return;
    TargetSpan target = TargetSpan.locate(tokens, begin, end);
    int n = tokens.size();
    sink.add("bias", "", null, null, 1);

    String prev = "<S>";
    String prev2 = null;
    double lexL = 0;
    double lexR = 0;
    for (int i = 0; i < n; i++) {
      if (target.contains(i) && i > target.first()) continue;
      boolean isTarget = target.contains(i);
      String word = isTarget ? TARGET : tokens.get(i).text();
      sink.add("b:", prev, word, null, 1);
      if (i == target.first()) {
        sink.add("t2:", prev, TARGET, null, 1);
        if (prev2 != null) sink.add("t3:", prev2, prev, TARGET, 1);
      } else if (i == target.last() + 1) {
        sink.add("t2:", TARGET, word, null, 1);
        if (i + 1 < n) sink.add("t3:", TARGET, word, tokens.get(i + 1).text(), 1);
      }
      prev2 = prev;
      prev = word;
      if (isTarget) continue;

      sink.add("w:", word, null, null, 1);
      int d = target.distance(i);
      boolean left = i < target.first();
      if (d <= 5) sink.add(left ? "L5:" : "R5:", word, null, null, 1);
      if (d <= 10) sink.add(left ? "L10:" : "R10:", word, null, null, 1);

      double v = lexicon.valence(word);
      if (v != 0) {
        String bucket = left ? SIDE_BUCKET_L[Math.min(d, BUCKETS.length)] : SIDE_BUCKET_R[Math.min(d, BUCKETS.length)];
        boolean negated = RuleBasedScorer.negated(tokens, i);
        if (negated) {
          sink.add("neg:", word, null, null, 1);
          v = -0.5 * v;
        }
        sink.add("lex:", bucket, null, null, v / 4);
        sink.add(v > 0 ? "lexpos:" : "lexneg:", bucket, null, null, 1);
        if (left) lexL += v; else lexR += v;
      }
    }
    sink.add("b:", prev, "</S>", null, 1);
    clauseFeatures(tokens, target, sink);
    sink.add("lexsum:", "L", null, null, Math.tanh(lexL / 4));
    sink.add("lexsum:", "R", null, null, Math.tanh(lexR / 4));

    double rule = rules.score(tokens, target);
    sink.add("rule", "", null, null, rule);
    sink.add("rulecls:", RULE_CLASSES[RULES_AS_TRAINED.thresholds().classify(rule) + 1], null, null, 1);
    if (RuleBasedScorer.isSpeaker(tokens, target)) sink.add("cue:", "speaker", null, null, 1);
    if (RuleBasedScorer.directedVerbAfter(tokens, target) >= 0) sink.add("cue:", "subject-of-directed", null, null, 1);
    if (insideQuotes(tokens, target)) sink.add("cue:", "inside-quotes", null, null, 1);
    if (target.first() == 0) sink.add("cue:", "sentence-start", null, null, 1);
  }

  private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("and", "but", "while", "who", "which",
      "that", "because", "although", "though", "whereas", "after", "before", "when", "if");

  /** Words of the target's own clause (up to a boundary mark or a clause-opening word), and their lexicon sum. */
  private void clauseFeatures(List<Token> tokens, TargetSpan target, FeatureSink sink) {
    int from = target.first();
    while (from > 0 && !isClauseEdge(tokens.get(from - 1))) from--;
    int to = target.last();
    while (to + 1 < tokens.size() && !isClauseEdge(tokens.get(to + 1))) to++;
    double lex = 0;
    for (int i = from; i <= to; i++) {
      if (target.contains(i)) continue;
      String w = tokens.get(i).text();
      sink.add(i < target.first() ? "CL:" : "CR:", w, null, null, 1);
      lex += lexicon.valence(w);
    }
    sink.add("clex", "", null, null, Math.tanh(lex / 4));
  }

  private static boolean isClauseEdge(Token t) {
    return t.isClauseBoundary() || t.text().equals(".") || CLAUSE_WORDS.contains(t.text());
  }

  /** An odd number of straight or curly quote marks before the target: it is inside a quotation. */
  private static boolean insideQuotes(List<Token> tokens, TargetSpan target) {
    int quotes = 0;
    for (int i = 0; i < target.first(); i++) {
      String t = tokens.get(i).text();
      if (t.equals("\"") || t.equals("\u201c") || t.equals("\u201d")) quotes++;
    }
    return quotes % 2 == 1;
  }
}
