package org.actorpulse.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.output.RunRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily runs add up to one run over all days; running the same input again changes nothing. */
class IncrementalRunsTest {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home"));
  static final List<String> INPUTS = List.of(HOME.resolve("examples/seed").toString(),
      HOME.resolve("examples/news-sample.jsonl").toString());
  static final List<String> TABLES = List.of("articles", "rejects", "mentions", "article_actors", "actors", "actor_daily",
      "actor_sentiment", "actor_pairs", "sources", "source_actor");
  @TempDir Path tmp;

  private RunRecord run(Path out, LocalDate from, LocalDate to, String runId) {
    RunConfig config = new RunConfig("run", INPUTS, out.toString(), null, from, to, SettingsLoader.load(null), runId);
    return new JobRunner(config, new PrintStream(OutputStream.nullOutputStream()))
        .run(SparkTestSession.get(), EnumSet.of(JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE,
            JobRunner.Stage.AGGREGATE));
  }

  /** Every row of every table as sorted text; the run id of rejects left out, as it names the run. */
  private static Map<String, List<String>> snapshot(Path out) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String t : TABLES) {
      Dataset<Row> rows = SparkTestSession.get().read().parquet(out.resolve(t).toString());
      if (t.equals("rejects")) rows = rows.drop("run_id");
      List<String> lines = new ArrayList<>();
      for (Row r : rows.collectAsList()) lines.add(r.toString());
      lines.sort(null);
      tables.put(t, lines);
    }
    return tables;
  }

  @Test
  void dayByDayEqualsOneRunAndRerunsChangeNothing() {
    Path daily = tmp.resolve("daily");
    RunRecord first = run(daily, null, LocalDate.of(2017, 9, 19), "d1");
    RunRecord second = run(daily, LocalDate.of(2017, 9, 20), null, "d2");
    assertTrue(first.accounting.get("outside_window") > 0, "the first window leaves later days out");
    assertEquals(first.accounting.get("input_records"), first.accounting.get("articles")
        + first.accounting.get("duplicates") + first.accounting.get("rejects") + first.accounting.get("outside_window"));
    assertEquals("succeeded", second.status);

    Path once = tmp.resolve("once");
    run(once, null, null, "all");
    Map<String, List<String>> oneRun = snapshot(once);
    assertEquals(oneRun, snapshot(daily));

    run(once, null, null, "again");
    assertEquals(oneRun, snapshot(once), "the same input twice changes nothing");
    assertEquals(2, oneRun.get("rejects").size(), oneRun.get("rejects").toString());
  }
}
