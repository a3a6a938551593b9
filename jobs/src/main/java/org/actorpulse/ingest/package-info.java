/**
 * The ingest stage: input files to the {@code articles} and {@code rejects} tables.
 *
 * <p>Entry point: {@link org.actorpulse.ingest.InputsToArticles#run} with an
 * {@link org.actorpulse.ingest.IngestSettings}; it returns an {@link org.actorpulse.ingest.IngestResult}
 * (datasets in {@link org.actorpulse.table.ArticleTable} and {@link org.actorpulse.table.RejectTable}
 * schemas, and {@link org.actorpulse.ingest.IngestCounts} with
 * {@code inputRecords == articles + duplicates + rejects}). A missing input is an
 * {@link org.actorpulse.ingest.InputNotFoundException}.
 *
 * <p>Formats, chosen per file by {@link org.actorpulse.ingest.FormatSniffer} from the name and the first
 * bytes (gzip by its magic bytes): JSON Lines, a JSON array of objects, CSV/TSV with a header, Parquet, and
 * the seed's plain-text layout ({@link org.actorpulse.ingest.SeedText}). Field names map case-insensitively
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
 * </ul>
 * Reject reasons: {@link org.actorpulse.ingest.Reasons}.
 *
 * <p>Only {@code InputsToArticles}, {@code ReadFiles}, {@code ParquetInputs}, {@code ParsedRows} and
 * {@code IngestResult} use Spark; the rest is plain Java, tested without a session.
 */
package org.actorpulse.ingest;
