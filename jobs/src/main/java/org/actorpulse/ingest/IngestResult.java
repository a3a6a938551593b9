package org.actorpulse.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The outcome of ingest: the articles and rejects (lazy, in {@link org.actorpulse.table.ArticleTable} and
 * {@link org.actorpulse.table.RejectTable} schemas) and the counts, already computed.
 *
 * <p>Both datasets read from data this stage persisted (the parsed records, and the small set of records
 * marked as duplicates). The caller owns them: write and use the datasets, then call {@link #close()} once
 * nothing reads them any more.
 */
public final class IngestResult implements AutoCloseable {
  private final Dataset<Row> articles;
  private final Dataset<Row> rejects;
  private final Dataset<Row> sketches;
  private final IngestCounts counts;
  private final boolean datesInOneTask;
  private final List<Dataset<Row>> persisted;
  private final List<InputFile> inputFiles;
  private final Runnable release;

  /**
   * @param sketches null when the settings asked for none
   * @param release  frees what the datasets need besides the persisted data (broadcasts), run by close
   */
  IngestResult(Dataset<Row> articles, Dataset<Row> rejects, Dataset<Row> sketches, IngestCounts counts,
      boolean datesInOneTask, List<Dataset<Row>> persisted, List<InputFile> inputFiles, Runnable release) {
    this.articles = articles;
    this.rejects = rejects;
    this.sketches = sketches;
    this.counts = counts;
    this.datesInOneTask = datesInOneTask;
    this.persisted = List.copyOf(persisted);
    this.inputFiles = List.copyOf(inputFiles);
    this.release = release;
  }

  /** The files the inputs resolved to, each read once. */
  public List<InputFile> inputFiles() {
    return inputFiles;
  }

  /** One row per distinct article, {@link org.actorpulse.table.ArticleTable#INGESTED} (no cluster columns yet). */
  public Dataset<Row> articles() {
    return articles;
  }

  /** One row per rejected record, {@link org.actorpulse.table.RejectTable#SCHEMA}. */
  public Dataset<Row> rejects() {
    return rejects;
  }

  /**
   * The near-duplicate sketches of the articles (those with a word): {@code id}, {@code date}, {@code shingles},
   * {@code keys}, as {@code ArticlesToDupClusters} takes them; from the persisted first read, so cheap to read
   * more than once. Null when {@link IngestSettings#nearDuplicates()} is off.
   */
  public Dataset<Row> sketches() {
    return sketches;
  }

  /**
   * Whether each date's {@link #articles()} are all in one partition: then they can be written by date as they
   * are, without a shuffle that gathers each date's rows.
   */
  public boolean datesInOneTask() {
    return datesInOneTask;
  }

  public IngestCounts counts() {
    return counts;
  }

  /** Releases the persisted data (non-blocking). The datasets stay usable but would be recomputed. */
  public void unpersist() {
    persisted.forEach(d -> d.unpersist(false));
  }

  /** Releases everything: the datasets must not be used afterwards. */
  @Override
  public void close() {
    unpersist();
    release.run();
  }
}
