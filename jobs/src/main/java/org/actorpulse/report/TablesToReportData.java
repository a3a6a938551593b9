package org.actorpulse.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorpulse.job.Tables;
import org.actorpulse.output.MissingTableException;
import org.actorpulse.output.TableWriter;
import org.actorpulse.stats.Association;
import org.actorpulse.stats.DivergenceTest;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.SourceComparison;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The tables of an output folder to the report's {@link ReportData}: every aggregation runs in Spark and only
 * the top actors' rows come back to the driver (N actors, their days, their periods, the pairs among them).
 * A missing table empties its panels instead of failing the report; a folder with none of the tables fails.
 */
public final class TablesToReportData {
  private TablesToReportData() {}

  /** Columns of the source panel: more would not fit its width. */
  static final int SOURCE_ACTORS = 6;
  /** Rows of the source panel. */
  static final int SOURCES = 10;

  public static ReportData collect(TableWriter tables, String output, int topN, DivergenceTest divergence) {
    if (topN < 1) throw new IllegalArgumentException("top N must be at least 1, got " + topN);
    List<String> missing = new ArrayList<>();
    List<String> expected = List.of(Tables.ACTOR_DAILY, Tables.ACTOR_SENTIMENT, Tables.SOURCE_ACTOR,
        Tables.ACTOR_PAIRS, Tables.RUNS);
    for (String t : expected) {
      if (!tables.exists(t)) missing.add(t);
    }
    if (missing.size() == expected.size()) {
      throw new MissingTableException("no actorpulse tables at " + output + ": run `actorpulse run` first");
    }
    List<ActorTotal> top = List.of();
    List<MentionSeries> mentions = List.of();
    if (!missing.contains(Tables.ACTOR_DAILY)) {
      Dataset<Row> daily = tables.read(Tables.ACTOR_DAILY);
      top = topActors(daily, topN);
      mentions = mentionSeries(daily, top);
    }
    String granularity = "day";
    List<SentimentTrack> sentiment = List.of();
    if (!missing.contains(Tables.ACTOR_SENTIMENT) && !top.isEmpty()) {
      Dataset<Row> series = tables.read(Tables.ACTOR_SENTIMENT);
      granularity = granularityOf(series);
      if (granularity != null) sentiment = sentimentTracks(series, granularity, top);
      else granularity = "day";
    }
    List<PairLink> pairs = List.of();
    if (!missing.contains(Tables.ACTOR_PAIRS) && tables.exists(Tables.ARTICLES) && top.size() > 1) {
      pairs = pairsAmong(tables.read(Tables.ACTOR_PAIRS), top, tables.count(Tables.ARTICLES));
    }
    RunSummary latest = null;
    long runs = 0;
    if (!missing.contains(Tables.RUNS)) {
      Dataset<Row> runRows = tables.read(Tables.RUNS);
      runs = runRows.count();
      List<Row> last = runRows.orderBy(desc("started_at"), desc("run_id")).limit(1).collectAsList();
      if (!last.isEmpty()) latest = runSummary(last.get(0));
    }
    SourceTones tones = SourceTones.NONE;
    if (!missing.contains(Tables.SOURCE_ACTOR) && !top.isEmpty()) {
      tones = sourceTones(tables, top.subList(0, Math.min(SOURCE_ACTORS, top.size())), divergence);
    }
    return new ReportData(output, top, mentions, granularity, sentiment, pairs, latest, runs, missing, tones);
  }

  /**
   * The top actors' lines over all dates, for the sources that name them most. Any one granularity's rows merge
   * into the all-dates figures (an article has one date); the coarsest is the fewest rows.
   */
  private static SourceTones sourceTones(TableWriter tables, List<ActorTotal> top, DivergenceTest divergence) {
    List<Row> grains = tables.read(Tables.SOURCE_ACTOR).select("granularity").distinct().collectAsList();
    if (grains.isEmpty()) return SourceTones.NONE;
    Granularity coarsest = grains.stream().map(r -> Granularity.parse(r.getString(0)))
        .max(Comparator.naturalOrder()).orElseThrow();
    List<String> ids = top.stream().map(ActorTotal::actorId).toList();
    TablesToSourceComparison.Cells cells = TablesToSourceComparison.read(tables, coarsest, null, ids, ids.size());
    Map<String, List<SourceComparison.Line>> lines = SourceComparison.compare(cells.cells(),
        cells.topLevelBySource(), divergence);
    Map<String, Long> bySource = new LinkedHashMap<>();
    Map<String, Map<String, SourceComparison.Line>> byActor = new LinkedHashMap<>();
    lines.forEach((actor, ls) -> {
      Map<String, SourceComparison.Line> m = new LinkedHashMap<>();
      for (SourceComparison.Line l : ls) {
        m.put(l.source(), l);
        bySource.merge(l.source(), l.mentions(), Long::sum);
      }
      byActor.put(actor, m);
    });
    List<String> sources = bySource.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(SOURCES).map(Map.Entry::getKey).toList();
    return new SourceTones(top, sources, byActor);
  }

  static List<ActorTotal> topActors(Dataset<Row> daily, int topN) {
    Column weighted = sum(col("sentiment_mean").multiply(col("sentiment_n")));
    List<ActorTotal> out = new ArrayList<>();
    for (Row r : daily.groupBy("actor_id")
        .agg(first("actor_name", true).as("name"), first("actor_type", true).as("type"),
            sum("mentions").as("m"), sum("articles").as("a"), weighted.divide(sum("sentiment_n")).as("s"))
        .orderBy(desc("m"), col("actor_id")).limit(topN).collectAsList()) {
      out.add(new ActorTotal(r.getString(0), r.getString(1), r.getString(2), r.getLong(3), r.getLong(4),
          r.isNullAt(5) ? null : r.getDouble(5)));
    }
    return out;
  }

  private static List<MentionSeries> mentionSeries(Dataset<Row> daily, List<ActorTotal> top) {
    Map<String, List<DayCount>> days = new LinkedHashMap<>();
    for (ActorTotal a : top) days.put(a.actorId(), new ArrayList<>());
    for (Row r : daily.where(col("actor_id").isin(ids(top))).select("actor_id", "date", "mentions").collectAsList()) {
      days.get(r.getString(0)).add(new DayCount(localDate(r.get(1)), r.getLong(2)));
    }
    return top.stream().map(a -> new MentionSeries(a, days.get(a.actorId()))).toList();
  }

  private static String granularityOf(Dataset<Row> series) {
    Set<String> available = new HashSet<>();
    LocalDate first = null;
    LocalDate last = null;
    for (Row r : series.groupBy("granularity").agg(min("period_start"), max("period_start")).collectAsList()) {
      available.add(r.getString(0));
      LocalDate lo = localDate(r.get(1));
      LocalDate hi = localDate(r.get(2));
      if (first == null || lo.isBefore(first)) first = lo;
      if (last == null || hi.isAfter(last)) last = hi;
    }
    if (first == null) return null;
    return SentimentGranularity.choose(available, last.toEpochDay() - first.toEpochDay() + 1);
  }

  private static List<SentimentTrack> sentimentTracks(Dataset<Row> series, String granularity,
                                                      List<ActorTotal> top) {
    Map<String, List<SentimentPoint>> points = new LinkedHashMap<>();
    for (ActorTotal a : top) points.put(a.actorId(), new ArrayList<>());
    for (Row r : series.where(col("granularity").equalTo(granularity).and(col("actor_id").isin(ids(top))))
        .select("actor_id", "period_start", "n", "sentiment_mean", "ci_low", "ci_high", "shift").collectAsList()) {
      points.get(r.getString(0)).add(new SentimentPoint(localDate(r.get(1)), r.getLong(2), r.getDouble(3),
          r.isNullAt(4) ? null : r.getDouble(4), r.isNullAt(5) ? null : r.getDouble(5), r.getBoolean(6)));
    }
    return top.stream().filter(a -> !points.get(a.actorId()).isEmpty())
        .map(a -> new SentimentTrack(a, points.get(a.actorId()))).toList();
  }

  /**
   * Pairs among the top actors over all dates. Any one granularity's rows sum to the all-dates counts (an article
   * has one date, so it falls in exactly one period); NPMI is then recomputed over all analysed articles.
   */
  private static List<PairLink> pairsAmong(Dataset<Row> pairs, List<ActorTotal> top, long totalArticles) {
    List<Row> grains = pairs.select("granularity").distinct().orderBy("granularity").limit(1).collectAsList();
    if (grains.isEmpty()) return List.of();
    Map<String, Long> articlesOf = new LinkedHashMap<>();
    for (ActorTotal a : top) articlesOf.put(a.actorId(), a.articles());
    Object[] ids = ids(top);
    List<PairLink> out = new ArrayList<>();
    for (Row r : pairs.where(col("granularity").equalTo(grains.get(0).getString(0))
            .and(col("actor_a").isin(ids)).and(col("actor_b").isin(ids)))
        .groupBy("actor_a", "actor_b").agg(sum("articles"), sum("sentences"))
        .orderBy("actor_a", "actor_b").collectAsList()) {
      long together = r.getLong(2);
      Association assoc = Association.of(together, articlesOf.get(r.getString(0)), articlesOf.get(r.getString(1)),
          totalArticles);
      out.add(new PairLink(r.getString(0), r.getString(1), together, r.getLong(3), assoc.npmi()));
    }
    return out;
  }

  private static RunSummary runSummary(Row r) {
    return new RunSummary(r.getAs("run_id"), r.getAs("command"), r.getAs("status"), instant(r.getAs("started_at")),
        r.isNullAt(r.fieldIndex("finished_at")) ? null : instant(r.getAs("finished_at")),
        r.getList(r.fieldIndex("inputs")), r.getAs("engine"), r.getAs("scorer"),
        r.getJavaMap(r.fieldIndex("rows")), r.getJavaMap(r.fieldIndex("accounting")),
        r.getJavaMap(r.fieldIndex("stage_seconds")), r.getAs("message"));
  }

  private static Object[] ids(List<ActorTotal> top) {
    return top.stream().map(ActorTotal::actorId).toArray();
  }

  /** Dates come back as java.sql.Date, or as LocalDate when the user turned Spark's Java 8 time API on. */
  private static LocalDate localDate(Object o) {
    return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
  }

  private static Instant instant(Object o) {
    return o instanceof Timestamp t ? t.toInstant() : (Instant) o;
  }
}
