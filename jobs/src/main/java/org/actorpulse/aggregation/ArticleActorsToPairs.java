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
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
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
   * Pair counts per day, by the actors' {@link ActorIndex} numbers: (date, a, b, articles, sentences) with a &lt; b.
   * Callers that derive several granularities from it should persist it.
   *
   * @param articleActors the counted rows of {@link MentionsToArticleActors} with mentions in the text; their
   *                      partners already leave out ancestor pairs
   */
  public static Dataset<Row> daily(Dataset<Row> articleActors) {
    return articleActors
        .select(col("date"), col("actor_index").as("a"), explode(col("partners")).as("p"))
        .select(col("date"), col("a"), col("p.actor_index").as("b"), col("p.sentences").as("sentences"))
        .groupBy("date", "a", "b")
        .agg(count(lit(1)).as("articles"), sum("sentences").as("sentences"));
  }

  /**
   * The {@code actor_pairs} rows for each granularity, from the daily pair counts; pairs are grouped and joined by
   * index numbers and named only in the last step.
   *
   * @param actorDaily the rows of {@link ArticleActorsToActorDaily} (date, actor_index, articles are read)
   * @param articles   every analysed article (article_id, date): the denominator of the probabilities
   * @param index      the numbering {@link #daily}'s rows were counted with
   */
  public static Dataset<Row> byPeriod(Dataset<Row> dailyPairs, Dataset<Row> actorDaily, Dataset<Row> articles,
                                      List<Granularity> granularities, ActorIndex index) {
    SparkSession spark = dailyPairs.sparkSession();
    Column periods = explode(PeriodStart.all(granularities, col("date"))).as("p");
    Column granularity = col("p.granularity").as("granularity");
    Column periodStart = col("p.period_start").as("period_start");
    Dataset<Row> pairs = dailyPairs.select(periods, col("a"), col("b"), col("articles"), col("sentences"))
        .groupBy(granularity, periodStart, col("a"), col("b"))
        .agg(sum("articles").as("articles"), sum("sentences").as("sentences"));
    Dataset<Row> actorTotals = actorDaily.select(periods, col("actor_index"), col("articles"))
        .groupBy(granularity, periodStart, col("actor_index"))
        .agg(sum("articles").as("n"));
    Dataset<Row> totals = articles.select(periods)
        .groupBy(granularity, periodStart)
        .agg(count(lit(1)).as("total_articles"));
    // The totals are one row per period and actor (or period): small next to the pairs, so broadcast; a sort-merge
    // join would shuffle every pair row once per join.
    Broadcast<ActorIndex> names = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(index);
    return pairs
        .join(broadcast(actorTotals.toDF("granularity", "period_start", "a", "articles_a")),
            Joins.using("granularity", "period_start", "a"))
        .join(broadcast(actorTotals.toDF("granularity", "period_start", "b", "articles_b")),
            Joins.using("granularity", "period_start", "b"))
        .join(broadcast(totals), Joins.using("granularity", "period_start"))
        .select(col("granularity"), col("period_start"), col("a"), col("b"), col("articles"),
            col("sentences"), col("articles_a"), col("articles_b"), col("total_articles"))
        .map((MapFunction<Row, Row>) r -> withAssociation(r, names.value()), Encoders.row(SCHEMA));
  }

  private static Row withAssociation(Row r, ActorIndex index) {
    long together = r.getLong(4);
    long withA = r.getLong(6);
    long withB = r.getLong(7);
    long total = r.getLong(8);
    Association assoc = Association.of(together, withA, withB, total);
    return RowFactory.create(r.getString(0), r.getDate(1), index.id(r.getInt(2)), index.id(r.getInt(3)), together,
        r.getLong(5), withA, withB, total, assoc.pmi(), assoc.npmi());
  }
}
