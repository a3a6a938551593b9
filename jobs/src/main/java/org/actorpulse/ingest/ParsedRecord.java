package org.actorpulse.ingest;

import org.actorpulse.model.Article;
import org.actorpulse.model.Reject;

/**
 * One input record after parsing and mapping: an article candidate (not yet checked for duplicates) or a
 * reject. Immutable.
 *
 * @param article   the article, null for a reject
 * @param textKey   {@link Texts#dedupKey} of the full text (before truncation); null for a reject, or when the
 *                  mapper was asked not to compute it
 * @param truncated whether the text was cut to the maximum length
 * @param reject    the reject, null for an article
 * @param inputFile the file the record came from
 * @param line      1-based line number where the record starts (JSON Lines, CSV, JSON arrays) or record
 *                  number (seed text: 1); null when unknown (Parquet)
 */
public record ParsedRecord(Article article, String textKey, boolean truncated, Reject reject, String inputFile,
    Long line) {
  public ParsedRecord {
    if ((article == null) == (reject == null)) throw new IllegalArgumentException("exactly one of article, reject");
  }

  public static ParsedRecord article(Article a, String textKey, boolean truncated, String inputFile, Long line) {
    return new ParsedRecord(a, textKey, truncated, null, inputFile, line);
  }

  public static ParsedRecord reject(String raw, String reason, String inputFile, Long line) {
    return new ParsedRecord(null, null, false, new Reject(raw, inputFile, reason, Reasons.STAGE), inputFile, line);
  }

  public boolean isArticle() {
    return article != null;
  }

  /** The reject reason, null for an article. */
  public String reason() {
    return reject == null ? null : reject.reason();
  }
}
