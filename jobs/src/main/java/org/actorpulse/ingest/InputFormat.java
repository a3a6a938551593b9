package org.actorpulse.ingest;

/** The layouts the ingest stage reads. */
public enum InputFormat {
  /** One JSON object per line ({@code .jsonl}, {@code .ndjson}, most {@code .json}). */
  JSON_LINES,
  /** One JSON array of objects ({@code .json} starting with {@code [}). */
  JSON_ARRAY,
  /** Comma-separated values with a header row; quoted fields may span lines. */
  CSV,
  /** One article per file: a header line {@code date 2017-09-25 ...}, a blank line, the body. */
  SEED_TEXT,
  /** A web archive ({@code .warc}, {@code .warc.gz}): each HTML page fetched with status 200 is an article. */
  WARC,
  /** Apache Parquet, read by Spark's reader. */
  PARQUET,
  /** Nothing recognisable: the file becomes one {@code format:unknown} reject. */
  UNKNOWN
}
