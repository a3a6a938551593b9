package org.actorpulse.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article after ingest: the unit every later stage reads. Immutable.
 *
 * @param articleId  given id, else a stable hash of the url, else of the text
 * @param date       publication date (UTC day)
 * @param source     normalised source name; may be empty, never null
 * @param url        may be null
 * @param title      may be null
 * @param text       body text, never empty
 * @param language   ISO 639-1 code of the text's language (ISO 639-3 where there is none), or {@code und} when
 *                   the text is too short to tell
 * @param dupCluster the article_id of the representative of its near-duplicate cluster; its own id when it is the
 *                   representative or has no copies
 * @param dupCount   articles in its near-duplicate cluster, itself included; 1 for an article without copies
 */
public record Article(String articleId, LocalDate date, String source, String url, String title, String text,
                      String language, String dupCluster, int dupCount) {
  public Article {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(dupCluster, "dupCluster");
    if (articleId.isEmpty()) throw new IllegalArgumentException("empty articleId");
    if (text.isBlank()) throw new IllegalArgumentException("blank text for article " + articleId);
    if (dupCount < 1) throw new IllegalArgumentException("dupCount " + dupCount + " for article " + articleId);
    if (dupCount == 1 && !dupCluster.equals(articleId)) {
      throw new IllegalArgumentException("article " + articleId + " is alone in cluster " + dupCluster);
    }
  }

  /** An article as ingest reads it, before near-duplicates are looked for: a cluster of one. */
  public Article(String articleId, LocalDate date, String source, String url, String title, String text,
                 String language) {
    this(articleId, date, source, url, title, text, language, articleId, 1);
  }

  public int nChars() {
    return text.length();
  }

  /** Whether this article stands for its cluster in the actor tables. */
  public boolean isRepresentative() {
    return dupCluster.equals(articleId);
  }
}
