package org.actorpulse.ingest;

/**
 * What happened to the input records of a run. Every record is exactly one of: an article, a duplicate of
 * another article's text (dropped, not a reject), a reject, or skipped (a WARC record that holds no document:
 * warcinfo, request, metadata, revisit...; counted here, written nowhere). {@code truncated} counts articles
 * whose text was cut: they are included in {@code articles}, not extra records.
 */
public record IngestCounts(long inputRecords, long articles, long duplicates, long rejects, long truncated,
    long skipped) {
  public IngestCounts {
    if (articles < 0 || duplicates < 0 || rejects < 0 || truncated < 0 || truncated > articles || skipped < 0) {
      throw new IllegalArgumentException("bad counts: " + articles + "/" + duplicates + "/" + rejects + "/" + truncated
          + "/" + skipped);
    }
    if (inputRecords != articles + duplicates + rejects + skipped) {
      throw new IllegalArgumentException("input records " + inputRecords + " != articles " + articles
          + " + duplicates " + duplicates + " + rejects " + rejects + " + skipped " + skipped);
    }
  }

  /** Counts of inputs without skipped records (every format but WARC). */
  public IngestCounts(long inputRecords, long articles, long duplicates, long rejects, long truncated) {
    this(inputRecords, articles, duplicates, rejects, truncated, 0);
  }
}
