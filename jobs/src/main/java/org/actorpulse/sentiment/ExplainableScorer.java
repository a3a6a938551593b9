package org.actorpulse.sentiment;

/** A scorer that can also say which features moved its score, for analysts checking a surprising number. */
public interface ExplainableScorer extends SentimentScorer {
  Explanation explain(String sentence, int begin, int end);

  /** The class (-1 negative, 0 neutral, 1 positive) of the target, by the decision rule tuned on the training data. */
  int classify(String sentence, int begin, int end);

  /** How {@link #classify} decides, in words, for reports. */
  String decisionRule();
}
