/**
 * The ingest stage: input files to the {@code articles} and {@code rejects} tables.
 *
 * <p>Entry point: {@link org.actorpulse.ingest.InputsToArticles#run} with an
 * {@link org.actorpulse.ingest.IngestSettings}; it returns an {@link org.actorpulse.ingest.IngestResult}
 * (datasets in {@link org.actorpulse.table.ArticleTable} and {@link org.actorpulse.table.RejectTable}
 * schemas, and {@link org.actorpulse.ingest.IngestCounts} with
 * {@code inputRecords == articles + duplicates + rejects + skipped}). A missing input is an
 * {@link org.actorpulse.ingest.InputNotFoundException}.
 *
 * <p>Formats, chosen per file by {@link org.actorpulse.ingest.FormatSniffer} from the name and the first
 * bytes (gzip by its magic bytes): JSON Lines, a JSON array of objects, CSV/TSV with a header, Parquet, web
 * archives ({@code .warc}, {@code .warc.gz}: {@link org.actorpulse.ingest.WarcIterator}), and the seed's
 * plain-text layout ({@link org.actorpulse.ingest.SeedText}). Field names map case-insensitively
 * ({@link org.actorpulse.ingest.FieldMapping}); dates parse to the UTC day
 * ({@link org.actorpulse.ingest.DateParser}).
 *
 * <p>Choices:
 * <ul>
 *   <li>Exact duplicates (same {@link org.actorpulse.ingest.Texts#normalise normalised} text) are kept once:
 *       the smallest date, then article_id, then input file and record; the others are {@code duplicates},
 *       neither articles nor rejects.</li>
 *   <li>An article_id held by different texts: the one with the smallest date (then text key) is kept, the
 *       others are rejects {@code id:duplicate}; article_id is unique in {@code articles}.</li>
 *   <li>Text longer than the maximum is cut there and the article kept; it is counted in
 *       {@code truncated}, a subset of {@code articles} (no reject row, so nothing is counted twice).</li>
 *   <li>Encoding: invalid UTF-8 becomes U+FFFD, NUL and other C0 controls (except tab, LF, CR) are removed,
 *       raw control characters inside JSON strings are accepted: such records are kept, not rejected.</li>
 *   <li>A corrupt or truncated .gz keeps the records before the break and ends with one
 *       {@code gzip:corrupt} reject; other I/O errors fail the task (Spark retries it).</li>
 *   <li>Blank lines of JSON Lines and CSV are not records. Names starting with {@code .} or {@code _} inside
 *       input folders are skipped.</li>
 *   <li>WARC records that hold no document ({@code warcinfo}, {@code request}, {@code metadata},
 *       {@code revisit}...) are {@code skipped}: counted, neither articles nor rejects (a rejects table twice
 *       the size of the articles, and every run flagged as rejecting, would hide the records that did go
 *       wrong). Responses that are no HTML page with status 200 are rejects.</li>
 *   <li>HTML: WARC pages, and text fields that hold a page ({@link org.actorpulse.ingest.html.HtmlMode}), become
 *       the article text found by {@link org.actorpulse.ingest.html.HtmlPages}.</li>
 *   <li>Language: every article gets one ({@link org.actorpulse.ingest.language.LanguageDetector}); those in a
 *       language not accepted become rejects {@code language:xx}; too short to tell is {@code und}, kept.</li>
 * </ul>
 * Reject reasons: {@link org.actorpulse.ingest.Reasons}.
 *
 * <p>Only {@code InputsToArticles}, {@code ReadFiles}, {@code ParquetInputs}, {@code ParsedRows},
 * {@code IngestResult} and {@code InputProgress} use Spark; the rest, the {@code html} and {@code language}
 * sub-packages included, is plain Java, tested without a session.
 */
package org.actorpulse.ingest;
