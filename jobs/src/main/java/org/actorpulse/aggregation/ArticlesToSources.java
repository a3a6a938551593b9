package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code articles} to {@code sources}: each source with its articles, first and last date and mean text length,
 * recomputed whole from the stored articles, so reruns and day-by-day runs leave it exact.
 */
public final class ArticlesToSources {
  public static final String NAME = "sources";

  private ArticlesToSources() {}

  /** @param articles (source, date, n_chars): the stored length, so the texts themselves are never read */
  public static Dataset<Row> apply(Dataset<Row> articles) {
    return articles.groupBy("source").agg(
            count(lit(1)).as("articles"),
            min("date").as("first_date"),
            max("date").as("last_date"),
            avg(col("n_chars")).as("mean_chars"));
  }
}
