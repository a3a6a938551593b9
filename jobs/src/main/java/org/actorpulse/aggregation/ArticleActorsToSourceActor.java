package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.actorpulse.stats.DivergenceTest;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.Interval;
import org.actorpulse.stats.MeanStats;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Article actors to {@code source_actor}: per period, source and actor, the coverage (mentions, articles,
 * share of voice) and the tone, with {@code divergent} set when the source's tone differs from all other sources'
 * pooled tone by more than the noise ({@link DivergenceTest#compareAll}: one source at a time, so that one harsh
 * source does not make every other source look mild).
 *
 * <p>Tone is measured per article, the unit a person reads: a source's tone toward an actor is the mean, over its
 * articles that mention the actor, of each article's mean mention score ({@code article_actors.sentiment_mean}),
 * and {@code sentiment_n} counts those articles. Mentions within one article are not independent (one article
 * that names an actor twenty times in the same voice is one opinion, not twenty), and a test that took them as
 * independent would flag a source on the strength of a single long article.
 *
 * <p>Share of voice is over top-level actors (no parent in the dictionary): their mentions in a source and period
 * add up to the source's mentions, as every mention rolls up to exactly one of them; a sub-actor's share is of the
 * same total. Counts are made per day first, as an article has one date, so they add up exactly into weeks and
 * months; the tone is kept as sums (n, sum, sum of squares), which add up too.
 */
public final class ArticleActorsToSourceActor {
  public static final String NAME = "source_actor";
  public static final StructType SCHEMA = new StructType()
      .add("granularity", DataTypes.StringType, false)
      .add("period_start", DataTypes.DateType, false)
      .add("source", DataTypes.StringType, false)
      .add("actor_id", DataTypes.StringType, false)
      .add("mentions", DataTypes.LongType, false)
      .add("articles", DataTypes.LongType, false)
      .add("share_of_voice", DataTypes.DoubleType, false)
      .add("sentiment_n", DataTypes.LongType, false)
      .add("sentiment_mean", DataTypes.DoubleType, true)
      .add("sentiment_sd", DataTypes.DoubleType, true)
      .add("ci_low", DataTypes.DoubleType, true)
      .add("ci_high", DataTypes.DoubleType, true)
      .add("others_n", DataTypes.LongType, false)
      .add("others_mean", DataTypes.DoubleType, true)
      .add("delta", DataTypes.DoubleType, true)
      .add("divergent", DataTypes.BooleanType, false);

  private ArticleActorsToSourceActor() {}

  /**
   * @param articleActors rows of {@link MentionsToArticleActors} with mentions in the text, every copy of a
   *                      near-duplicate cluster included
   */
  public static Dataset<Row> apply(Dataset<Row> articleActors, ActorTables actors, List<Granularity> granularities,
                                   DivergenceTest test) {
    Dataset<Row> perArticle = articleActors.select(col("date"), col("source"), col("actor_id"), col("mentions"),
        col("sentiment_sum").divide(col("mentions")).as("tone"));
    Dataset<Row> daily = perArticle.groupBy("date", "source", "actor_id").agg(
        sum("mentions").as("mentions"),
        count(lit(1)).as("articles"),
        count("tone").as("n"),
        sum("tone").as("s"),
        sum(col("tone").multiply(col("tone"))).as("ss"));
    Dataset<Row> periods = daily
        .select(explode(PeriodStart.all(granularities, col("date"))).as("p"), col("source"), col("actor_id"),
            col("mentions"), col("articles"), col("n"), col("s"), col("ss"))
        .groupBy(col("p.granularity").as("granularity"), col("p.period_start").as("period_start"), col("source"),
            col("actor_id"))
        .agg(sum("mentions").as("mentions"), sum("articles").as("articles"), sum("n").as("n"),
            sum("s").as("s"), sum("ss").as("ss"));

    // An actor missing from today's dictionary (mentions from an older one) counts for itself only: top level.
    Dataset<Row> withParents = periods.join(broadcast(actors.actors().select("actor_id", "parent_id")),
        Joins.using("actor_id"), "left");
    WindowSpec sourcePeriod = Window.partitionBy("granularity", "period_start", "source");
    Column topLevelMentions = sum(when(col("parent_id").isNull(), col("mentions")).otherwise(lit(0L)))
        .over(sourcePeriod);
    return withParents
        .withColumn("top_level_mentions", topLevelMentions)
        .select("granularity", "period_start", "source", "actor_id", "mentions", "articles", "top_level_mentions",
            "n", "s", "ss")
        // All sources of one actor and period meet in one group: a few thousand rows at most.
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + '|' + r.getDate(1) + '|' + r.getString(3),
            Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> compared(rows, test),
            Encoders.row(SCHEMA));
  }

  private static Iterator<Row> compared(Iterator<Row> rows, DivergenceTest test) {
    List<Row> in = new ArrayList<>();
    List<MeanStats> tones = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      in.add(r);
      long n = r.getLong(7);
      tones.add(n == 0 ? new MeanStats() : MeanStats.fromSums(n, r.getDouble(8), r.getDouble(9)));
    }
    List<DivergenceTest.Verdict> verdicts = test.compareAll(tones);
    List<Row> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) out.add(row(in.get(i), tones.get(i), verdicts.get(i)));
    return out.iterator();
  }

  private static Row row(Row r, MeanStats own, DivergenceTest.Verdict verdict) {
    long mentions = r.getLong(4);
    long topLevel = r.getLong(6);
    MeanStats others = verdict.others();
    Interval ci = own.interval95();
    Double mean = own.n() == 0 ? null : own.mean();
    Double sd = own.n() < 2 ? null : own.sd();
    Double othersMean = others.n() == 0 ? null : others.mean();
    return RowFactory.create(r.getString(0), (Date) r.get(1), r.getString(2), r.getString(3), mentions,
        r.getLong(5), topLevel == 0 ? 0.0 : (double) mentions / topLevel, own.n(), mean, sd,
        ci == null ? null : ci.low(), ci == null ? null : ci.high(), others.n(), othersMean,
        mean == null || othersMean == null ? null : mean - othersMean, verdict.divergent());
  }
}
