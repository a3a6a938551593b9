package org.actorpulse.ingest;

/**
 * The reject reason codes of the ingest stage, as written in the {@code reason} column of {@code rejects}.
 * Each input record ends up as exactly one article, one duplicate, one reject with one of these reasons, or
 * (WARC records that hold no document) one skipped record.
 */
public final class Reasons {
  private Reasons() {}

  /** A JSON line (or array element) that does not parse. */
  public static final String JSON_MALFORMED = "json:malformed";
  /** Valid JSON that is not an object (a number, a string, an array...). */
  public static final String JSON_NOT_OBJECT = "json:not-object";
  /** A CSV record whose number of fields differs from the header's. */
  public static final String CSV_FIELD_COUNT = "csv:field-count";
  /** A CSV record with an unterminated quoted field at the end of the file. */
  public static final String CSV_MALFORMED = "csv:malformed";
  /** No text, null text, or text that is blank once control characters are removed. */
  public static final String TEXT_MISSING = "text:missing";
  /** No date field, or an empty one. */
  public static final String DATE_MISSING = "date:missing";
  /** A date in no known format, or an impossible one (2017-02-30). */
  public static final String DATE_INVALID = "date:invalid";
  /** A valid date outside the inclusive --from/--to window. */
  public static final String DATE_OUTSIDE_WINDOW = "date:outside-window";
  /** A second article with an article_id already taken by a different text; the first one is kept. */
  public static final String ID_DUPLICATE = "id:duplicate";
  /** A compressed file that breaks off or is corrupt: the records before the break are kept. */
  public static final String GZIP_CORRUPT = "gzip:corrupt";
  /** A file whose format could not be recognised from its name or its first bytes. */
  public static final String FORMAT_UNKNOWN = "format:unknown";
  /**
   * A text in a language not accepted ({@code languages.accepted}): {@code language:} and its ISO 639-1 code,
   * e.g. {@code language:fr} (see {@link org.actorpulse.ingest.language.LanguagePolicy}).
   */
  public static final String LANGUAGE_PREFIX = org.actorpulse.ingest.language.LanguagePolicy.REASON_PREFIX;
  /** A WARC response whose HTTP status is not 200 (redirects, errors). */
  public static final String WARC_HTTP_STATUS = "warc:http-status";
  /** A WARC response that is not an HTML page (PDF, image, JSON, DNS...). */
  public static final String WARC_NOT_HTML = "warc:not-html";
  /**
   * A WARC record that cannot be read: a response whose HTTP message does not parse or whose content encoding
   * is unknown (the file goes on), or a WARC header that does not parse (the file ends there).
   */
  public static final String WARC_MALFORMED = "warc:malformed";

  /** The {@code stage} column of rejects written here. */
  public static final String STAGE = "ingest";
}
