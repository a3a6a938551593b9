package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Daily sums to {@code actor_daily}: per day and actor, mentions, distinct articles and sources, and the
 * sentiment's n, mean and sample sd over the day's mentions (enough to merge days into weeks and months exactly).
 * Only the counted articles enter it.
 */
public final class ArticleActorsToActorDaily {
  public static final String NAME = "actor_daily";

  private ArticleActorsToActorDaily() {}

  /**
   * The table's rows and, last, the actor's {@code actor_index} (for the pair totals; not written).
   *
   * @param dailySums rows of {@link ArticleActorsToDailySums}
   */
  public static Dataset<Row> apply(Dataset<Row> dailySums, ActorTables actors) {
    // One row per day, source and actor with a counted article: counting them counts the day's sources.
    Dataset<Row> daily = dailySums.where(col("counted_articles").gt(0)).groupBy("date", "actor_index").agg(
        sum("counted_mentions").as("mentions"),
        sum("counted_articles").as("articles"),
        count(lit(1)).as("sources"),
        sum("counted_sentiment_sum").as("s"),
        sum("counted_sentiment_sum_squares").as("ss"));
    return daily.join(broadcast(actors.indexed()), Joins.using("actor_index"))
        .select(col("date"), col("actor_id"), col("actor_name"), col("actor_type"), col("parent_id"),
            col("mentions"), col("articles"), col("sources"),
            Sums.mean(col("mentions"), col("s")).as("sentiment_mean"),
            Sums.sampleSd(col("mentions"), col("s"), col("ss")).as("sentiment_sd"),
            col("mentions").as("sentiment_n"), col("actor_index"));
  }
}
