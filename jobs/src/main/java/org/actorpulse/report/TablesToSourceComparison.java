package org.actorpulse.report;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.aggregation.ActorTables;
import org.actorpulse.job.Tables;
import org.actorpulse.output.MissingTableException;
import org.actorpulse.output.TableWriter;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.MeanStats;
import org.actorpulse.stats.SourceComparison;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Reads what a source comparison needs from {@code source_actor}: one granularity's rows for the chosen actors
 * (or the most mentioned ones), and each source's mentions of top-level actors over the same periods, the
 * denominator of share of voice. Only those rows come back to the driver.
 */
public final class TablesToSourceComparison {
  private TablesToSourceComparison() {}

  /**
   * What was read.
   *
   * @param actors           the actors compared, most mentioned first
   * @param names            actor id to name (ids missing from the dictionary name themselves)
   * @param topLevelBySource each source's mentions of top-level actors in the periods read
   * @param first            first period start read, null when there were no rows
   * @param last             last period start read, null when there were no rows
   */
  public record Cells(Granularity granularity, List<String> actors, Map<String, String> names,
                      List<SourceComparison.Cell> cells, Map<String, Long> topLevelBySource, LocalDate first,
                      LocalDate last) {}

  /**
   * @param period a date inside the one period to read, or null for all periods
   * @param actors the actors to compare; empty for the {@code topActors} most mentioned
   */
  public static Cells read(TableWriter tables, Granularity granularity, LocalDate period, List<String> actors,
                           int topActors) {
    if (!tables.exists(Tables.SOURCE_ACTOR)) {
      throw new MissingTableException("no source_actor table in this output: run `actorpulse run` (or aggregate) "
          + "first");
    }
    Dataset<Row> rows = tables.read(Tables.SOURCE_ACTOR).where(col("granularity").equalTo(granularity.label()));
    if (period != null) rows = rows.where(col("period_start").equalTo(java.sql.Date.valueOf(granularity.periodStart(period))));
    Dataset<Row> parents = tables.exists(Tables.ACTORS)
        ? tables.read(Tables.ACTORS).select("actor_id", "actor_name", "parent_id")
        : rows.sparkSession().createDataFrame(List.of(), ActorTables.ACTORS_SCHEMA)
            .select("actor_id", "actor_name", "parent_id");

    List<String> chosen = new ArrayList<>(actors);
    if (chosen.isEmpty()) {
      for (Row r : rows.groupBy("actor_id").agg(sum("mentions").as("m")).orderBy(desc("m"), col("actor_id"))
          .limit(topActors).collectAsList()) {
        chosen.add(r.getString(0));
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String a : chosen) names.put(a, a);
    List<SourceComparison.Cell> cells = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    if (!chosen.isEmpty()) {
      for (Row r : parents.where(col("actor_id").isin(chosen.toArray())).collectAsList()) {
        names.put(r.getString(0), r.getString(1));
      }
      for (Row r : rows.where(col("actor_id").isin(chosen.toArray()))
          .select("source", "actor_id", "mentions", "articles", "sentiment_n", "sentiment_mean", "sentiment_sd")
          .collectAsList()) {
        long n = r.getLong(4);
        MeanStats tone = n == 0 ? new MeanStats()
            : MeanStats.of(n, r.getDouble(5), r.isNullAt(6) ? 0.0 : r.getDouble(6));
        cells.add(new SourceComparison.Cell(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3), tone));
      }
      Row span = rows.agg(min("period_start"), max("period_start")).first();
      first = span.isNullAt(0) ? null : span.getDate(0).toLocalDate();
      last = span.isNullAt(1) ? null : span.getDate(1).toLocalDate();
    }
    Map<String, Long> topLevel = new LinkedHashMap<>();
    // Actors missing from the dictionary count for themselves only, as in source_actor itself: top level.
    for (Row r : rows.join(broadcast(parents.select("actor_id", "parent_id")), "actor_id", "left")
        .where(col("parent_id").isNull())
        .groupBy("source").agg(sum("mentions")).collectAsList()) {
      topLevel.put(r.getString(0), r.getLong(1));
    }
    return new Cells(granularity, List.copyOf(chosen), names, cells, topLevel, first, last);
  }
}
