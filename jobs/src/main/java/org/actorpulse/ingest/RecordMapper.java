package org.actorpulse.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.actorpulse.ingest.html.HtmlMode;
import org.actorpulse.ingest.html.HtmlPages;
import org.actorpulse.ingest.language.LanguageDetector;
import org.actorpulse.ingest.language.LanguagePolicy;
import org.actorpulse.model.Article;

/**
 * Turns the canonical field values of one record into an article or a reject. A text that is HTML (per
 * {@link HtmlMode}) is replaced by the article text extracted from it. Checks, in this order: text
 * ({@code text:missing}), date ({@code date:missing}, {@code date:invalid}, {@code date:outside-window}),
 * language ({@code language:xx}, see {@link LanguagePolicy}; detected last, as it costs the most). Text longer
 * than the maximum is cut and kept (flagged {@code truncated}).
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
  private final HtmlMode html;
  private final LanguagePolicy languages;
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
    this(from, to, maxTextChars, textKeys, sourceAliases, HtmlMode.AUTO, LanguagePolicy.englishOnly());
  }

  /**
   * @param html      when a text field is read as HTML
   * @param languages the languages kept
   */
  public RecordMapper(LocalDate from, LocalDate to, int maxTextChars, boolean textKeys, SourceAliases sourceAliases,
      HtmlMode html, LanguagePolicy languages) {
    if (maxTextChars < 1) throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    this.from = from;
    this.to = to;
    this.maxTextChars = maxTextChars;
    this.textKeys = textKeys;
    this.sourceAliases = java.util.Objects.requireNonNull(sourceAliases, "sourceAliases");
    this.html = java.util.Objects.requireNonNull(html, "html");
    this.languages = java.util.Objects.requireNonNull(languages, "languages");
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
    return map(values, inputFile, line, raw, true);
  }

  /**
   * @param textMayBeHtml false when the text was already extracted from a page (WARC): extracting again would
   *                      lose its paragraph breaks
   */
  public ParsedRecord map(String[] values, String inputFile, Long line, Supplier<String> raw, boolean textMayBeHtml) {
    String text = Texts.emptyToNull(values[Field.TEXT.ordinal()]);
    if (text != null && textMayBeHtml && html.appliesTo(text)) text = Texts.emptyToNull(HtmlPages.text(text));
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
    String language = LanguageDetector.detect(text);
    String foreign = languages.rejectReason(language);
    if (foreign != null) return ParsedRecord.reject(raw.get(), foreign, inputFile, line);
    String url = Texts.emptyToNull(values[Field.URL.ordinal()]);
    String title = Texts.emptyToNull(values[Field.TITLE.ordinal()]);
    String source = sourceAliases.canonical(Sources.normalise(Texts.clean(values[Field.SOURCE.ordinal()]), url));
    String id = Texts.emptyToNull(values[Field.ID.ordinal()]);
    String textKey = textKeys || (id == null && url == null) ? keyer().key(text, 32) : null;
    if (id == null) id = url != null ? Texts.sha256Hex(url, ID_HEX_CHARS) : textKey.substring(0, ID_HEX_CHARS);
    boolean truncated = text.length() > maxTextChars;
    if (truncated) text = Texts.cut(text, maxTextChars);
    return ParsedRecord.article(new Article(id, date, source, url, title, text, language), textKey, truncated,
        inputFile, line);
  }
}
