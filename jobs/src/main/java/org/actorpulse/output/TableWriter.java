package org.actorpulse.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Reads and writes the tables of one output folder as Parquet, sized for readers: date-partitioned tables get one
 * file per date (capped at {@code maxRecordsPerFile} rows), small tables one file, sorted summary tables files of
 * about the adaptive advisory size. Writes are staged and only
 * take effect at {@link #commit()}, all or nothing per table (see {@link TableCommit}). Driver only.
 */
public final class TableWriter {
  private final SparkSession spark;
  private final String root;
  private final FileSystem fs;
  private final TableCommit pending;

  public TableWriter(SparkSession spark, String root, String runId) {
    this.spark = spark;
    this.root = root;
    try {
      Path p = new Path(root);
      this.fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("output " + root, e);
    }
    this.pending = new TableCommit(fs, new Path(root), runId);
  }

  /** For commands that only read an output's tables (top, report): nothing staged, nothing committed. */
  public static TableWriter forReading(SparkSession spark, String root) {
    return new TableWriter(spark, root, "read-only");
  }

  public FileSystem fileSystem() {
    return fs;
  }

  public Path rootPath() {
    return new Path(root);
  }

  public String path(String table) {
    return new Path(new Path(root), table).toString();
  }

  public boolean exists(String table) {
    try {
      return fs.exists(new Path(path(table)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Dataset<Row> read(String table) {
    if (!exists(table)) {
      throw new MissingTableException("table '" + table + "' not found at " + path(table)
          + ": run the stage that writes it first (or `run`)");
    }
    return spark.read().parquet(path(table));
  }

  /**
   * Reads a table as {@code schema}: columns that some files lack (written by an older version) read as null, in
   * every file alike, instead of depending on which file's footer Spark happens to take the schema from.
   */
  public Dataset<Row> read(String table, org.apache.spark.sql.types.StructType schema) {
    read(table); // the same error when it is missing
    return spark.read().schema(schema).parquet(path(table));
  }

  /**
   * Stages a table partitioned by {@code date}: at commit each date it holds replaces that date's partition, and
   * the {@code processedDates} it has no rows for lose their old partition.
   */
  public void writeByDate(String table, Dataset<Row> rows, long maxRecordsPerFile, Collection<String> processedDates) {
    writeByDate(table, rows, maxRecordsPerFile, processedDates, new String[0]);
  }

  /**
   * As {@link #writeByDate(String, Dataset, long, Collection)}, each file's rows sorted by {@code orderWithinDate}:
   * then the order of a date's rows does not depend on how the upstream plan spread them over tasks, which can
   * differ with the other dates of a run (a round-robin repartition the rebalance cannot collapse), and what is
   * later summed from them in that order comes out the same to the last bit, day by day or in one run.
   */
  public void writeByDate(String table, Dataset<Row> rows, long maxRecordsPerFile, Collection<String> processedDates,
                          String... orderWithinDate) {
    String staged = pending.staged(table).toString();
    // The date first: it is the writer's own required order, which this sort then already satisfies.
    List<String> sortBy = new ArrayList<>();
    if (orderWithinDate.length > 0) {
      sortBy.add("date");
      sortBy.addAll(List.of(orderWithinDate));
    }
    writeRebalanced(rows, "date", sortBy,
        w -> w.option("maxRecordsPerFile", maxRecordsPerFile).partitionBy("date").parquet(staged));
    stageByDate(table, processedDates);
  }

  /**
   * As {@link #writeByDate(String, Dataset, long, Collection)}, without the shuffle that gathers each date's rows: for
   * rows made task by task from a date-partitioned table (mentions from articles), where a task holds the rows of the
   * few date files it read, so it writes one file per date and the new table keeps the file layout of its source. At a
   * million articles that shuffle moved 946 MB of mentions.
   */
  public void writeByDateAsRead(String table, Dataset<Row> rows, long maxRecordsPerFile,
                                Collection<String> processedDates) {
    writeByDateAsRead(table, rows, maxRecordsPerFile, processedDates, new String[0]);
  }

  /**
   * As {@link #writeByDateAsRead(String, Dataset, long, Collection)}, each task's rows sorted by date and then
   * {@code orderWithinDate}. When every date's rows are in one task, this writes what
   * {@link #writeByDate(String, Dataset, long, Collection, String...)} writes (each date's rows in that order), without
   * moving them: the caller must know that they are.
   */
  public void writeByDateAsRead(String table, Dataset<Row> rows, long maxRecordsPerFile,
                                Collection<String> processedDates, String... orderWithinDate) {
    String staged = pending.staged(table).toString();
    Dataset<Row> ordered = orderWithinDate.length == 0 ? rows : rows.sortWithinPartitions("date", orderWithinDate);
    ordered.write().mode(SaveMode.Overwrite).option("maxRecordsPerFile", maxRecordsPerFile).partitionBy("date")
        .parquet(staged);
    stageByDate(table, processedDates);
  }

  /** Records a staged date-partitioned table, with the processed dates it has no rows for (their partitions go). */
  private void stageByDate(String table, Collection<String> processedDates) {
    String staged = pending.staged(table).toString();
    List<String> empty = new ArrayList<>();
    for (String d : processedDates) {
      try {
        if (!fs.exists(new Path(staged, "date=" + d))) empty.add(d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    pending.add(table, TableCommit.Mode.BY_DATE, empty);
  }

  /** Stages a small table that replaces the old one whole, in one file. */
  public void writeSmall(String table, Dataset<Row> rows) {
    rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(pending.staged(table).toString());
    pending.add(table, TableCommit.Mode.WHOLE, List.of());
  }

  /**
   * Stages a table that replaces the old one whole, sorted by {@code orderBy} within each file (readers' row-group
   * statistics then skip by the leading keys). Rows with the same leading key go to one file unless it would be
   * large: adaptive execution rebalances them toward {@code spark.sql.adaptive.advisoryPartitionSizeInBytes} per
   * file (while keeping the cores busy: a 1 MB table may come out as two files), so a large table (pairs at a
   * million articles) is written by every core, where one sorted file took one task (29 s on one core at a million
   * articles). Not a global sort: that would first sample the rows, running the whole upstream plan once more.
   */
  public void writeSorted(String table, Dataset<Row> rows, String... orderBy) {
    if (orderBy.length == 0) throw new IllegalArgumentException("writeSorted needs at least one column");
    String staged = pending.staged(table).toString();
    writeRebalanced(rows, orderBy[0], List.of(orderBy), w -> w.parquet(staged));
    pending.add(table, TableCommit.Mode.WHOLE, List.of());
  }

  /**
   * Saves {@code rows} (overwriting) rebalanced on {@code column}, then sorted within each task by {@code sortBy} when
   * it is not empty. Rebalance, not repartition: adaptive execution splits a big key over several tasks (and files)
   * and packs small ones together, toward spark.sql.adaptive.advisoryPartitionSizeInBytes per file. The hint goes
   * through SQL because Dataset.hint does not take a column for REBALANCE in Spark 3.5.
   */
  private void writeRebalanced(Dataset<Row> rows, String column, List<String> sortBy,
                               Consumer<DataFrameWriter<Row>> save) {
    String view = "rebalance_" + Long.toHexString(System.nanoTime());
    rows.createOrReplaceTempView(view);
    try {
      Dataset<Row> balanced = spark.sql("SELECT /*+ REBALANCE(`" + column + "`) */ * FROM " + view);
      if (!sortBy.isEmpty()) {
        String[] rest = sortBy.subList(1, sortBy.size()).toArray(String[]::new);
        balanced = balanced.sortWithinPartitions(sortBy.get(0), rest);
      }
      save.accept(balanced.write().mode(SaveMode.Overwrite));
    } finally {
      spark.catalog().dropTempView(view);
    }
  }

  /** Stages rows to add to a table (rejects, the runs manifest). */
  public void append(String table, Dataset<Row> rows) {
    rows.coalesce(1).write().mode(SaveMode.Append).parquet(pending.staged(table).toString());
    pending.add(table, TableCommit.Mode.APPEND, List.of());
  }

  /** Makes the staged writes visible. */
  public void commit() {
    pending.commit();
  }

  /** Throws away staged writes that were not committed. */
  public void abandon() {
    pending.abandon();
  }

  /** Rows staged for a table by this run and not yet committed. */
  public long stagedCount(String table) {
    String staged = pending.staged(table).toString();
    try {
      return fs.exists(new Path(staged)) ? spark.read().parquet(staged).count() : 0L;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows now in a table, from Parquet footers (cheap). */
  public long count(String table) {
    return exists(table) ? spark.read().parquet(path(table)).count() : 0L;
  }

  /** Bytes stored for the dates of a date-partitioned table that {@code dates} accepts. */
  public long size(String table, java.util.function.Predicate<String> dates) {
    long sum = 0;
    try {
      for (String d : dates(table)) {
        if (dates.test(d)) sum += fs.getContentSummary(new Path(path(table), "date=" + d)).getLength();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }

  /** The {@code date=} partitions of a date-partitioned table, as {@code YYYY-MM-DD}. */
  public List<String> dates(String table) {
    List<String> out = new ArrayList<>();
    try {
      if (!exists(table)) return out;
      for (FileStatus s : fs.listStatus(new Path(path(table)))) {
        String n = s.getPath().getName();
        if (s.isDirectory() && n.startsWith("date=")) out.add(n.substring(5));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
