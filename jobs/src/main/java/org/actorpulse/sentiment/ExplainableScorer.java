package org.actorpulse.sentiment;

/** A scorer that can also say which features moved its score, for analysts checking a surprising number. */
public interface ExplainableScorer extends SentimentScorer {
  Explanation explain(String sentence, int begin, int end);

  /** The cut points that turn this scorer's scores into classes; tuned on the training data. */
  PolarityThresholds thresholds();
}
