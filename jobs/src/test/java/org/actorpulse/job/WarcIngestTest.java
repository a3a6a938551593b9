package org.actorpulse.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.output.RunRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled web archive through the ingest stage as a run does it: skipped records are counted, the
 * accounting check before commit passes, and the tables hold what the records say.
 */
class WarcIngestTest {
  @TempDir Path tmp;

  @Test
  void bundledArchiveIngestsWithBalancedAccounting() throws Exception {
    Path warc = Path.of(System.getProperty("actorpulse.home"), "examples", "news-sample.warc.gz");
    RunConfig config = new RunConfig("ingest", List.of(warc.toString()), tmp.resolve("out").toString(), null, null,
        null, SettingsLoader.load(null), "warc-run");
    RunRecord r = new JobRunner(config, new PrintStream(OutputStream.nullOutputStream()))
        .run(SparkTestSession.get(), EnumSet.of(JobRunner.Stage.INGEST));
    assertEquals("succeeded", r.status, r.message);
    assertEquals(Map.of("input_records", 24L, "articles", 8L, "duplicates", 0L, "rejects", 3L, "outside_window", 0L,
        "truncated", 0L, "skipped", 13L, "near_duplicates", 0L), new TreeMap<>(r.accounting));

    SparkSession spark = SparkTestSession.get();
    Map<String, Long> languages = new TreeMap<>();
    for (Row row : spark.read().parquet(tmp.resolve("out/articles").toString()).groupBy("language").count()
        .collectAsList()) {
      languages.put(row.getString(0), row.getLong(1));
    }
    assertEquals(Map.of("en", 8L), languages);
    List<String> reasons = spark.read().parquet(tmp.resolve("out/rejects").toString()).select("reason")
        .orderBy("reason").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertEquals(List.of("language:fr", "warc:http-status", "warc:not-html"), reasons);
  }
}
