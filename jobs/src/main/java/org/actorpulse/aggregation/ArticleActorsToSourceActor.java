package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
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
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
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
 * Daily sums ({@link ArticleActorsToDailySums}, every copy) to {@code source_actor}: per period, source and actor,
 * the coverage (mentions, articles, share of voice) and the tone, with {@code divergent} set when the source's tone
 * differs from all other sources' pooled tone by more than the noise ({@link DivergenceTest#compareAll}: one source
 * at a time, so that one harsh source does not make every other source look mild).
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

  /** @param dailySums rows of {@link ArticleActorsToDailySums} */
  public static Dataset<Row> apply(Dataset<Row> dailySums, ActorTables actors, List<Granularity> granularities,
                                   DivergenceTest test) {
    Dataset<Row> periods = dailySums
        .select(explode(PeriodStart.all(granularities, col("date"))).as("p"), col("source"), col("actor_index"),
            col("mentions"), col("articles"), col("tone_n").as("n"), col("tone_sum").as("s"),
            col("tone_sum_squares").as("ss"))
        .groupBy(col("p.granularity").as("granularity"), col("p.period_start").as("period_start"), col("source"),
            col("actor_index"))
        .agg(sum("mentions").as("mentions"), sum("articles").as("articles"), sum("n").as("n"),
            sum("s").as("s"), sum("ss").as("ss"));

    Dataset<Row> withParents = periods.join(broadcast(actors.indexed().select("actor_index", "parent_id")),
        Joins.using("actor_index"));
    WindowSpec sourcePeriod = Window.partitionBy("granularity", "period_start", "source");
    Column topLevelMentions = sum(when(col("parent_id").isNull(), col("mentions")).otherwise(lit(0L)))
        .over(sourcePeriod);
    Broadcast<ActorIndex> names = JavaSparkContext.fromSparkContext(dailySums.sparkSession().sparkContext())
        .broadcast(actors.index());
    return withParents
        .withColumn("top_level_mentions", topLevelMentions)
        .select("granularity", "period_start", "source", "actor_index", "mentions", "articles", "top_level_mentions",
            "n", "s", "ss")
        // All sources of one actor and period meet in one group: a few thousand rows at most. Keyed by one long, as
        // a key string per row (granularity, date and id concatenated) cost more than the comparison itself.
        .groupByKey((MapFunction<Row, Long>) r -> groupKey(r.getString(0), r.getDate(1), r.getInt(3)), Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (key, rows) -> compared(rows, test, names.value()),
            Encoders.row(SCHEMA));
  }

  /** Granularity, period start and actor number in one long: 2 bits, 26 bits of signed days, 31 bits. */
  static long groupKey(String granularity, Date periodStart, int actorIndex) {
    long days = periodStart.toLocalDate().toEpochDay() + (1L << 25);
    if (days < 0 || days >= 1L << 26) throw new IllegalArgumentException("period start out of range: " + periodStart);
    return ((Granularity.parse(granularity).ordinal() * (1L << 26) + days) << 31) | actorIndex;
  }

  private static Iterator<Row> compared(Iterator<Row> rows, DivergenceTest test, ActorIndex names) {
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
    for (int i = 0; i < in.size(); i++) out.add(row(in.get(i), tones.get(i), verdicts.get(i), names));
    return out.iterator();
  }

  private static Row row(Row r, MeanStats own, DivergenceTest.Verdict verdict, ActorIndex names) {
    long mentions = r.getLong(4);
    long topLevel = r.getLong(6);
    MeanStats others = verdict.others();
    Interval ci = own.interval95();
    Double mean = own.n() == 0 ? null : own.mean();
    Double sd = own.n() < 2 ? null : own.sd();
    Double othersMean = others.n() == 0 ? null : others.mean();
    return RowFactory.create(r.getString(0), (Date) r.get(1), r.getString(2), names.id(r.getInt(3)), mentions,
        r.getLong(5), topLevel == 0 ? 0.0 : (double) mentions / topLevel, own.n(), mean, sd,
        ci == null ? null : ci.low(), ci == null ? null : ci.high(), others.n(), othersMean,
        mean == null || othersMean == null ? null : mean - othersMean, verdict.divergent());
  }
}
