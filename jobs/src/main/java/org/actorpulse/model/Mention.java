package org.actorpulse.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One mention of an actor in an article. Offsets are character offsets into the article text, {@code begin}
 * inclusive and {@code end} exclusive. Immutable.
 *
 * @param sentiment score in [-1, 1] toward this actor in its sentence
 */
public record Mention(String articleId, LocalDate date, String source, String actorId, String surface,
                      int sentenceIndex, int begin, int end, double sentiment) {
  public Mention {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(actorId, "actorId");
    if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    if (sentenceIndex < 0) throw new IllegalArgumentException("negative sentence index");
    if (!(sentiment >= -1.0 && sentiment <= 1.0)) throw new IllegalArgumentException("sentiment out of [-1, 1]: " + sentiment);
  }
}
