package org.actorpulse.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.actorpulse.model.Article;

/**
 * Turns the canonical field values of one record into an article or a reject. Checks, in this order:
 * text ({@code text:missing}), date ({@code date:missing}, {@code date:invalid},
 * {@code date:outside-window}). Text longer than the maximum is cut and kept (flagged {@code truncated}).
 *
 * <p>{@code article_id}: the given id, else the first 16 hex chars of SHA-256 of the URL (as given, trimmed),
 * else of the normalised text ({@link Texts#normalise}).
 *
 * <p>Immutable and safe to share across threads.
 */
public final class RecordMapper implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int ID_HEX_CHARS = 16;

  private final LocalDate from;
  private final LocalDate to;
  private final int maxTextChars;
  private final boolean textKeys;
  private final SourceAliases sourceAliases;
  private transient ThreadLocal<TextKeyer> keyer;

  /**
   * @param from         first day kept (inclusive), null for no lower bound
   * @param to           last day kept (inclusive), null for no upper bound
   * @param maxTextChars texts longer than this are cut to it
   */
  public RecordMapper(LocalDate from, LocalDate to, int maxTextChars) {
    this(from, to, maxTextChars, true, SourceAliases.NONE);
  }

  /**
   * @param textKeys whether articles get their {@link ParsedRecord#textKey()}; without, it is null (it costs a
   *                 pass over the text, and the second read of the inputs does not need it)
   * @param sourceAliases canonical names for the normalised sources
   */
  public RecordMapper(LocalDate from, LocalDate to, int maxTextChars, boolean textKeys, SourceAliases sourceAliases) {
    if (maxTextChars < 1) throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    this.from = from;
    this.to = to;
    this.maxTextChars = maxTextChars;
    this.textKeys = textKeys;
    this.sourceAliases = java.util.Objects.requireNonNull(sourceAliases, "sourceAliases");
  }

  private TextKeyer keyer() {
    if (keyer == null) keyer = ThreadLocal.withInitial(TextKeyer::new);
    return keyer.get();
  }

  /**
   * @param values per {@link Field#ordinal()}, the raw text value or null when absent
   * @param raw    the raw record, for a reject (called only then)
   */
  public ParsedRecord map(String[] values, String inputFile, Long line, Supplier<String> raw) {
    String text = Texts.emptyToNull(values[Field.TEXT.ordinal()]);
    if (text == null) return ParsedRecord.reject(raw.get(), Reasons.TEXT_MISSING, inputFile, line);
    LocalDate date;
    try {
      date = DateParser.parse(values[Field.DATE.ordinal()]);
    } catch (DateParser.InvalidDateException e) {
      return ParsedRecord.reject(raw.get(), Reasons.DATE_INVALID, inputFile, line);
    }
    if (date == null) return ParsedRecord.reject(raw.get(), Reasons.DATE_MISSING, inputFile, line);
    if ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
      return ParsedRecord.reject(raw.get(), Reasons.DATE_OUTSIDE_WINDOW, inputFile, line);
    }
    String url = Texts.emptyToNull(values[Field.URL.ordinal()]);
    String title = Texts.emptyToNull(values[Field.TITLE.ordinal()]);
    String source = sourceAliases.canonical(Sources.normalise(Texts.clean(values[Field.SOURCE.ordinal()]), url));
    String id = Texts.emptyToNull(values[Field.ID.ordinal()]);
    String textKey = textKeys || (id == null && url == null) ? keyer().key(text, 32) : null;
    if (id == null) id = url != null ? Texts.sha256Hex(url, ID_HEX_CHARS) : textKey.substring(0, ID_HEX_CHARS);
    boolean truncated = text.length() > maxTextChars;
    if (truncated) text = Texts.cut(text, maxTextChars);
    return ParsedRecord.article(new Article(id, date, source, url, title, text), textKey, truncated, inputFile, line);
  }
}
