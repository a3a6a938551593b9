package org.actorpulse.ingest;

import org.actorpulse.model.Article;
import org.actorpulse.model.Reject;

/**
 * One input record after parsing and mapping: an article candidate (not yet checked for duplicates), a
 * reject, or a skipped record (a WARC record that holds no document: request, metadata, warcinfo...).
 * Immutable.
 *
 * @param article   the article, null for a reject
 * @param textKey   {@link Texts#dedupKey} of the full text (before truncation); null for a reject, or when the
 *                  mapper was asked not to compute it
 * @param truncated whether the text was cut to the maximum length
 * @param reject    the reject, null for an article
 * @param inputFile the file the record came from
 * @param line      1-based line number where the record starts (JSON Lines, CSV, JSON arrays) or record
 *                  number (seed text: 1; WARC: the record's place in the file); null when unknown (Parquet)
 * @param skipped   for a skipped record, what it was ({@code warc:request}...), else null
 */
public record ParsedRecord(Article article, String textKey, boolean truncated, Reject reject, String inputFile,
    Long line, String skipped) {
  public ParsedRecord {
    int kinds = (article != null ? 1 : 0) + (reject != null ? 1 : 0) + (skipped != null ? 1 : 0);
    if (kinds != 1) throw new IllegalArgumentException("exactly one of article, reject, skipped");
  }

  public static ParsedRecord article(Article a, String textKey, boolean truncated, String inputFile, Long line) {
    return new ParsedRecord(a, textKey, truncated, null, inputFile, line, null);
  }

  public static ParsedRecord reject(String raw, String reason, String inputFile, Long line) {
    return new ParsedRecord(null, null, false, new Reject(raw, inputFile, reason, Reasons.STAGE), inputFile, line,
        null);
  }

  /** @param kind what the record was, e.g. {@code warc:request} */
  public static ParsedRecord skipped(String kind, String inputFile, Long line) {
    return new ParsedRecord(null, null, false, null, inputFile, line, kind);
  }

  public boolean isArticle() {
    return article != null;
  }

  public boolean isSkipped() {
    return skipped != null;
  }

  /** The reject reason, null for an article. */
  public String reason() {
    return reject == null ? null : reject.reason();
  }
}
