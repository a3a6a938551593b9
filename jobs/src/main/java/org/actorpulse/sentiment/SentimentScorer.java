package org.actorpulse.sentiment;

/**
 * Scores the sentiment a sentence expresses toward one target in it: not the sentence's mood, but what it says
 * about the target. Implementations are immutable after construction and safe to share across threads.
 */
public interface SentimentScorer {
  /**
   * @param sentence the sentence
   * @param begin    the target's first character in the sentence
   * @param end      one past the target's last character
   * @return a score in [-1, 1]; 0 is neutral
   */
  double score(String sentence, int begin, int end);

  /**
   * Scores several targets of one sentence into {@code scores}, the same values {@link #score} gives; scorers that
   * tokenize override it to do so once per sentence.
   */
  default void scoreAll(String sentence, int[] begins, int[] ends, double[] scores) {
    for (int i = 0; i < begins.length; i++) scores[i] = score(sentence, begins[i], ends[i]);
  }
}
