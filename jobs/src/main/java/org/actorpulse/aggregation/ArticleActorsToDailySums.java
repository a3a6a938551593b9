package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Article actors summed per day, source and actor number ({@link ActorIndex}): {@code actor_daily} adds up the
 * counted articles' columns of these rows and {@code source_actor} the columns over every copy, so the article actor
 * rows (3.0 GB at a million articles) are read and grouped once for both tables, by an int rather than an id string.
 *
 * <p>Columns: date, source, actor_index; over every copy of a near-duplicate cluster {@code mentions},
 * {@code articles} and the per-article tone ({@code sentiment_sum / mentions}) as {@code tone_n}, {@code tone_sum},
 * {@code tone_sum_squares}; over the counted articles only {@code counted_mentions}, {@code counted_articles},
 * {@code counted_sentiment_sum} and {@code counted_sentiment_sum_squares} (mention scores, not article tones).
 */
public final class ArticleActorsToDailySums {
  private ArticleActorsToDailySums() {}

  /** @param articleActors rows of {@link MentionsToArticleActors} with mentions in the text, every copy included */
  public static Dataset<Row> apply(Dataset<Row> articleActors) {
    Column counted = col("counted");
    Column tone = col("sentiment_sum").divide(col("mentions"));
    return articleActors
        .groupBy("date", "source", "actor_index")
        .agg(sum("mentions").as("mentions"),
            count(lit(1)).as("articles"),
            count(tone).as("tone_n"),
            sum(tone).as("tone_sum"),
            sum(tone.multiply(tone)).as("tone_sum_squares"),
            sum(when(counted, col("mentions")).otherwise(lit(0L))).as("counted_mentions"),
            sum(when(counted, lit(1L)).otherwise(lit(0L))).as("counted_articles"),
            sum(when(counted, col("sentiment_sum")).otherwise(lit(0.0))).as("counted_sentiment_sum"),
            sum(when(counted, col("sentiment_sum_squares")).otherwise(lit(0.0))).as("counted_sentiment_sum_squares"));
  }
}
