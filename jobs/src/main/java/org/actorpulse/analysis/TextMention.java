package org.actorpulse.analysis;

import java.util.Objects;

/**
 * An actor mention found by an {@link AnalysisEngine}: offsets into the analysed text, end exclusive.
 *
 * @param sentenceIndex 0-based index of the sentence holding {@code begin}
 * @param sentiment     score in [-1, 1] toward this actor in that sentence
 */
public record TextMention(String actorId, String surface, int sentenceIndex, int begin, int end, double sentiment) {
  public TextMention {
    Objects.requireNonNull(actorId, "actorId");
    if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    if (sentenceIndex < 0) throw new IllegalArgumentException("negative sentence index");
    if (!(sentiment >= -1.0 && sentiment <= 1.0)) throw new IllegalArgumentException("sentiment out of [-1, 1]: " + sentiment);
  }
}
