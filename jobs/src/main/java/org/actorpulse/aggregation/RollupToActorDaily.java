package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rolled-up mentions to {@code actor_daily}: per day and actor, mentions, distinct articles and sources, and the
 * sentiment's n, mean and sample sd (enough to merge days into weeks and months exactly).
 */
public final class RollupToActorDaily {
  public static final String NAME = "actor_daily";

  private RollupToActorDaily() {}

  public static Dataset<Row> apply(Dataset<Row> rollup, ActorTables actors) {
    Dataset<Row> daily = rollup.groupBy("date", "actor_id").agg(
        count(lit(1)).as("mentions"),
        countDistinct("article_id").as("articles"),
        countDistinct("source").as("sources"),
        avg("sentiment").as("sentiment_mean"),
        stddev_samp("sentiment").as("sentiment_sd"),
        count("sentiment").as("sentiment_n"));
    // Left join: an actor missing from today's dictionary (mentions from an older one) keeps its rows.
    return daily.join(broadcast(actors.actors()), Joins.using("actor_id"), "left")
        .select(col("date"), col("actor_id"), coalesce(col("actor_name"), col("actor_id")).as("actor_name"),
            coalesce(col("actor_type"), lit("unknown")).as("actor_type"), col("parent_id"),
            col("mentions"), col("articles"), col("sources"), col("sentiment_mean"), col("sentiment_sd"),
            col("sentiment_n"));
  }
}
