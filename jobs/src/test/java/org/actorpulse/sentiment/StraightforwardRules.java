package org.actorpulse.sentiment;

import java.util.List;

/**
 * The rule scorer as it was before scoring prepared each sentence once (RuleBasedScorer at commit ded6275, its
 * per-target loop copied verbatim): the tests hold the prepared scorer to it.
 */
final class StraightforwardRules {
  private final Lexicon lexicon;
  private final RuleBasedScorer.Parameters parameters;

  StraightforwardRules(Lexicon lexicon, RuleBasedScorer.Parameters parameters) {
    this.lexicon = lexicon;
    this.parameters = parameters;
  }

  double score(String sentence, int begin, int end) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    if (tokens.isEmpty()) return 0;
    double sum = weigh(tokens, TargetSpan.locate(tokens, begin, end), null);
    return sum / Math.sqrt(sum * sum + parameters.alpha());
  }

  private double weigh(List<Token> tokens, TargetSpan target, List<Explanation.Contribution> explain) {
    int contrast = firstContrast(tokens, target);
    boolean speaker = RuleBasedScorer.isSpeaker(tokens, target);
    int subjectOf = RuleBasedScorer.directedVerbAfter(tokens, target);
    // running counts, so the boundaries and other names between a word and the target cost O(1) each
    int[] boundaries = new int[tokens.size() + 1];
    int[] others = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boundaries[i + 1] = boundaries[i] + (t.isClauseBoundary() ? 1 : 0);
      boolean other = !target.contains(i) && ((t.capitalized() && i > 0) || WordLists.PRONOUNS.contains(t.text()));
      others[i + 1] = others[i] + (other ? 1 : 0);
    }
    double sum = 0;
    boolean accusation = false;
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).text();
      if (tokens.get(i).isPunctuation()) {
        if (!word.equals("\"")) accusation = false;
        continue;
      }
      if (target.contains(i)) continue;
      if (WordLists.ACCUSATIONS.contains(word)) accusation = true;
      double v = lexicon.valence(word);
      if (v == 0) continue;
      if (accusation && !WordLists.ACCUSATIONS.contains(word)) v = -Math.abs(v);
      if (RuleBasedScorer.negated(tokens, i)) v *= parameters.negation();
      v *= intensity(tokens, i);
      boolean left = i < target.first();
      double w = Math.exp(-(target.distance(i) - 1) / (left ? parameters.decayLeft() : parameters.decayRight()));
      int from = left ? i + 1 : target.last() + 1;
      int to = left ? target.first() : i;
      w *= Math.pow(parameters.boundaryFactor(), boundaries[to] - boundaries[from]);
      if (others[to] - others[from] > 0) w *= parameters.otherFactor();
      if (contrast >= 0) w *= i < contrast ? parameters.contrastBefore() : parameters.contrastAfter();
      if (subjectOf >= 0 && i >= subjectOf) {
        w *= parameters.subjectFactor();
      } else if (speaker) {
        w *= parameters.speakerFactor();
      }
      double c = w * v;
      sum += c;
      if (explain != null) explain.add(new Explanation.Contribution(word, c));
    }
    return sum;
  }

  private static double intensity(List<Token> tokens, int i) {
    if (i == 0) return 1;
    String prev = tokens.get(i - 1).text();
    if (WordLists.BOOSTERS.contains(prev)) return 1.3;
    if (WordLists.DAMPENERS.contains(prev)) return 0.7;
    return 1;
  }

  /** The first contrast word outside the target (not the sentence's first token), or -1. */
  private static int firstContrast(List<Token> tokens, TargetSpan target) {
    for (int i = 1; i < tokens.size(); i++) {
      if (!target.contains(i) && WordLists.CONTRASTS.contains(tokens.get(i).text())) return i;
    }
    return -1;
  }
}
