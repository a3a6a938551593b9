package org.actorpulse.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article after ingest: the unit every later stage reads. Immutable.
 *
 * @param articleId given id, else a stable hash of the url, else of the text
 * @param date      publication date (UTC day)
 * @param source    normalised source name; may be empty, never null
 * @param url       may be null
 * @param title     may be null
 * @param text      body text, never empty
 * @param language  ISO 639-1 code of the text's language (ISO 639-3 where there is none), or {@code und} when
 *                  the text is too short to tell
 */
public record Article(String articleId, LocalDate date, String source, String url, String title, String text,
    String language) {
  public Article {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    if (articleId.isEmpty()) throw new IllegalArgumentException("empty articleId");
    if (text.isBlank()) throw new IllegalArgumentException("blank text for article " + articleId);
  }

  public int nChars() {
    return text.length();
  }
}
