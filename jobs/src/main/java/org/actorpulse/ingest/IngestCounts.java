package org.actorpulse.ingest;

/**
 * What happened to the input records of a run. Every record is exactly one of: an article, a duplicate of
 * another article's text (dropped, not a reject), or a reject. {@code truncated} counts articles whose text
 * was cut: they are included in {@code articles}, not extra records.
 */
public record IngestCounts(long inputRecords, long articles, long duplicates, long rejects, long truncated) {
  public IngestCounts {
    if (articles < 0 || duplicates < 0 || rejects < 0 || truncated < 0 || truncated > articles) {
      throw new IllegalArgumentException("bad counts: " + articles + "/" + duplicates + "/" + rejects + "/" + truncated);
    }
    if (inputRecords != articles + duplicates + rejects) {
      throw new IllegalArgumentException("input records " + inputRecords + " != articles " + articles
          + " + duplicates " + duplicates + " + rejects " + rejects);
    }
  }
}
