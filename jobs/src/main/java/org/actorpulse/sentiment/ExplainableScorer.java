package org.actorpulse.sentiment;

import java.util.List;

/** A scorer that can also say which features moved its score, for analysts checking a surprising number. */
public interface ExplainableScorer extends SentimentScorer {
  Explanation explain(String sentence, int begin, int end);

  /** The class (-1 negative, 0 neutral, 1 positive) of the target, by the decision rule tuned on the training data. */
  int classify(String sentence, int begin, int end);

  /** How {@link #classify} decides, in words, for reports. */
  String decisionRule();

  /** A target's score and class over all the places it is named. */
  record Judgement(double score, int polarity) {}

  /**
   * The score and class of one target named at several places of a text ({@link TargetMentions}): the mean of the
   * mentions' scores, as {@code article_actors} gives it, and the class the decision rule gives the mentions taken
   * together. For one mention, exactly {@link #score} and {@link #classify}.
   */
  Judgement judge(List<TargetMentions.Mention> mentions);
}
