package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Article actors to {@code actor_daily}: per day and actor, mentions, distinct articles and sources, and the
 * sentiment's n, mean and sample sd over the day's mentions (enough to merge days into weeks and months exactly).
 */
public final class ArticleActorsToActorDaily {
  public static final String NAME = "actor_daily";

  private ArticleActorsToActorDaily() {}

  /** @param articleActors the counted rows of {@link MentionsToArticleActors} with mentions in the text */
  public static Dataset<Row> apply(Dataset<Row> articleActors, ActorTables actors) {
    Dataset<Row> daily = articleActors.groupBy("date", "actor_id").agg(
        sum("mentions").as("mentions"),
        count(lit(1)).as("articles"),
        countDistinct("source").as("sources"),
        sum("sentiment_sum").as("s"),
        sum("sentiment_sum_squares").as("ss"));
    // Left join: an actor missing from today's dictionary (mentions from an older one) keeps its rows.
    return daily.join(broadcast(actors.actors()), Joins.using("actor_id"), "left")
        .select(col("date"), col("actor_id"), coalesce(col("actor_name"), col("actor_id")).as("actor_name"),
            coalesce(col("actor_type"), lit("unknown")).as("actor_type"), col("parent_id"),
            col("mentions"), col("articles"), col("sources"),
            Sums.mean(col("mentions"), col("s")).as("sentiment_mean"),
            Sums.sampleSd(col("mentions"), col("s"), col("ss")).as("sentiment_sd"),
            col("mentions").as("sentiment_n"));
  }
}
