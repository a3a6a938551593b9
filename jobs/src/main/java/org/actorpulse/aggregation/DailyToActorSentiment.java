package org.actorpulse.aggregation;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.MeanStats;
import org.actorpulse.stats.SentimentSeries;
import org.actorpulse.stats.ShiftTest;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code actor_daily} to {@code actor_sentiment}: each actor's daily sentiment figures merged into days, weeks and
 * months by {@link SentimentSeries}, with intervals, change against the previous period and shift flags. Built
 * from the stored daily rows, never from mentions, so a rerun of some days recomputes the series exactly.
 */
public final class DailyToActorSentiment {
  public static final String NAME = "actor_sentiment";
  public static final StructType SCHEMA = new StructType()
      .add("granularity", DataTypes.StringType, false)
      .add("period_start", DataTypes.DateType, false)
      .add("actor_id", DataTypes.StringType, false)
      .add("n", DataTypes.LongType, false)
      .add("sentiment_mean", DataTypes.DoubleType, false)
      .add("sentiment_sd", DataTypes.DoubleType, true)
      .add("ci_low", DataTypes.DoubleType, true)
      .add("ci_high", DataTypes.DoubleType, true)
      .add("prev_period_start", DataTypes.DateType, true)
      .add("delta", DataTypes.DoubleType, true)
      .add("shift", DataTypes.BooleanType, false);

  private DailyToActorSentiment() {}

  public static Dataset<Row> apply(Dataset<Row> actorDaily, List<Granularity> granularities, ShiftTest test) {
    List<Granularity> grains = List.copyOf(granularities);
    return actorDaily
        .select("actor_id", "date", "sentiment_n", "sentiment_mean", "sentiment_sd")
        .where("sentiment_n > 0")
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (actor, rows) -> series(actor, rows, grains, test),
            Encoders.row(SCHEMA));
  }

  private static Iterator<Row> series(String actor, Iterator<Row> rows, List<Granularity> grains, ShiftTest test) {
    List<SentimentSeries.Day> days = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      double sd = r.isNullAt(4) ? 0.0 : r.getDouble(4);
      days.add(new SentimentSeries.Day(r.getDate(1).toLocalDate(), MeanStats.of(r.getLong(2), r.getDouble(3), sd)));
    }
    List<Row> out = new ArrayList<>();
    for (Granularity g : grains) {
      for (SentimentSeries.Period p : SentimentSeries.of(days, g, test)) {
        MeanStats s = p.stats();
        out.add(RowFactory.create(g.label(), Date.valueOf(p.start()), actor, s.n(), s.mean(), nullIfNaN(s.sd()),
            p.interval() == null ? null : p.interval().low(), p.interval() == null ? null : p.interval().high(),
            p.previousStart() == null ? null : Date.valueOf(p.previousStart()), p.delta(), p.shift()));
      }
    }
    return out.iterator();
  }

  private static Double nullIfNaN(double x) {
    return Double.isNaN(x) ? null : x;
  }
}
