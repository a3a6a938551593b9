package org.actorpulse.output;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the tables of one output folder as Parquet, sized for readers: date-partitioned tables get one file per
 * date (capped at {@code maxRecordsPerFile} rows), small tables one file. Writing a partitioned table replaces
 * only the dates it holds (dynamic partition overwrite, set by the Spark conf factory).
 */
public final class TableWriter {
  private final SparkSession spark;
  private final String root;

  public TableWriter(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root;
  }

  public String path(String table) {
    return root.endsWith("/") ? root + table : root + "/" + table;
  }

  public boolean exists(String table) {
    try {
      var p = new org.apache.hadoop.fs.Path(path(table));
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public Dataset<Row> read(String table) {
    if (!exists(table)) {
      throw new MissingTableException("table '" + table + "' not found at " + path(table)
          + ": run the stage that writes it first (or `run`)");
    }
    return spark.read().parquet(path(table));
  }

  /** A table partitioned by {@code date}, one file per date and at most {@code maxRecordsPerFile} rows a file. */
  public void writeByDate(String table, Dataset<Row> rows, long maxRecordsPerFile) {
    rows.repartition(col("date"))
        .write()
        .mode(SaveMode.Overwrite)
        .option("maxRecordsPerFile", maxRecordsPerFile)
        .partitionBy("date")
        .parquet(path(table));
  }

  /** A small table, replaced whole, in one file. */
  public void writeSmall(String table, Dataset<Row> rows) {
    rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(path(table));
  }

  /** Appends to a table (the runs manifest). */
  public void append(String table, Dataset<Row> rows) {
    rows.coalesce(1).write().mode(SaveMode.Append).parquet(path(table));
  }

  /** Rows now in a table, from Parquet footers (cheap). */
  public long count(String table) {
    return exists(table) ? spark.read().parquet(path(table)).count() : 0L;
  }

}
