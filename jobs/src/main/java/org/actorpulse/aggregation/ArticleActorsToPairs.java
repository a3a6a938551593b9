package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.actorpulse.stats.Association;
import org.actorpulse.stats.Granularity;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Article actors to {@code actor_pairs}: per period, how many articles and sentences hold both actors, and
 * their association (PMI, NPMI) over the period's articles. An actor is never paired with its own ancestor.
 *
 * <p>Counts are computed per day first: an article has one date, so article counts add up exactly into weeks
 * and months.
 */
public final class ArticleActorsToPairs {
  public static final String NAME = "actor_pairs";
  public static final StructType SCHEMA = new StructType()
      .add("granularity", DataTypes.StringType, false)
      .add("period_start", DataTypes.DateType, false)
      .add("actor_a", DataTypes.StringType, false)
      .add("actor_b", DataTypes.StringType, false)
      .add("articles", DataTypes.LongType, false)
      .add("sentences", DataTypes.LongType, false)
      .add("articles_a", DataTypes.LongType, false)
      .add("articles_b", DataTypes.LongType, false)
      .add("total_articles", DataTypes.LongType, false)
      .add("pmi", DataTypes.DoubleType, false)
      .add("npmi", DataTypes.DoubleType, false);

  private ArticleActorsToPairs() {}

  /**
   * Pair counts per day: (date, actor_a, actor_b, articles, sentences). Callers that derive several granularities
   * from it should persist it.
   *
   * @param articleActors the counted rows of {@link MentionsToArticleActors} with mentions in the text; their
   *                      partners already leave out ancestor pairs
   */
  public static Dataset<Row> daily(Dataset<Row> articleActors) {
    return articleActors
        .select(col("date"), col("actor_id").as("actor_a"), explode(col("partners")).as("p"))
        .select(col("date"), col("actor_a"), col("p.actor_id").as("actor_b"), col("p.sentences").as("sentences"))
        .groupBy("date", "actor_a", "actor_b")
        .agg(count(lit(1)).as("articles"), sum("sentences").as("sentences"));
  }

  /**
   * The {@code actor_pairs} rows for each granularity, from the daily pair counts.
   *
   * @param actorDaily the {@code actor_daily} rows (date, actor_id, articles)
   * @param articles   every analysed article (article_id, date): the denominator of the probabilities
   */
  public static Dataset<Row> byPeriod(Dataset<Row> dailyPairs, Dataset<Row> actorDaily, Dataset<Row> articles,
                                      List<Granularity> granularities) {
    Column periods = explode(PeriodStart.all(granularities, col("date"))).as("p");
    Column granularity = col("p.granularity").as("granularity");
    Column periodStart = col("p.period_start").as("period_start");
    Dataset<Row> pairs = dailyPairs.select(periods, col("actor_a"), col("actor_b"), col("articles"), col("sentences"))
        .groupBy(granularity, periodStart, col("actor_a"), col("actor_b"))
        .agg(sum("articles").as("articles"), sum("sentences").as("sentences"));
    Dataset<Row> actorTotals = actorDaily.select(periods, col("actor_id"), col("articles"))
        .groupBy(granularity, periodStart, col("actor_id"))
        .agg(sum("articles").as("n"));
    Dataset<Row> totals = articles.select(periods)
        .groupBy(granularity, periodStart)
        .agg(count(lit(1)).as("total_articles"));
    // The totals are one row per period and actor (or period): small next to the pairs, so broadcast; a sort-merge
    // join would shuffle every pair row once per join.
    return pairs
        .join(broadcast(actorTotals.toDF("granularity", "period_start", "actor_a", "articles_a")),
            Joins.using("granularity", "period_start", "actor_a"))
        .join(broadcast(actorTotals.toDF("granularity", "period_start", "actor_b", "articles_b")),
            Joins.using("granularity", "period_start", "actor_b"))
        .join(broadcast(totals), Joins.using("granularity", "period_start"))
        .select(col("granularity"), col("period_start"), col("actor_a"), col("actor_b"), col("articles"),
            col("sentences"), col("articles_a"), col("articles_b"), col("total_articles"))
        .map((MapFunction<Row, Row>) ArticleActorsToPairs::withAssociation, Encoders.row(SCHEMA));
  }

  private static Row withAssociation(Row r) {
    long together = r.getLong(4);
    long withA = r.getLong(6);
    long withB = r.getLong(7);
    long total = r.getLong(8);
    Association assoc = Association.of(together, withA, withB, total);
    return RowFactory.create(r.getString(0), r.getDate(1), r.getString(2), r.getString(3), together, r.getLong(5),
        withA, withB, total, assoc.pmi(), assoc.npmi());
  }
}
