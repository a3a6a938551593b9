package org.actorpulse.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.Settings;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.output.RunRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 5 MB article is cut at the documented limit and flagged; it neither stops the run nor is lost. */
class GiantArticleTest {
  @TempDir Path tmp;

  @Test
  void fiveMegabyteArticleIsCutAndCounted() throws Exception {
    String giant = "Russia and Turkey met again in Ankara. ".repeat(5_000_000 / 38);
    Path input = tmp.resolve("giant.jsonl");
    Files.writeString(input, "{\"id\":\"giant\",\"date\":\"2017-09-25\",\"text\":\"" + giant + "\"}\n"
        + "{\"id\":\"small\",\"date\":\"2017-09-25\",\"text\":\"The SDF advanced.\"}\n");
    Settings settings = SettingsLoader.load(null);
    RunConfig config = new RunConfig("ingest", List.of(input.toString()), tmp.resolve("out").toString(), null, null,
        null, settings, "giant");
    RunRecord r = new JobRunner(config, new PrintStream(OutputStream.nullOutputStream()))
        .run(SparkTestSession.get(), EnumSet.of(JobRunner.Stage.INGEST));
    assertEquals(2L, r.accounting.get("articles"));
    assertEquals(1L, r.accounting.get("truncated"));
    assertEquals(0L, r.accounting.get("rejects"));
    Row row = SparkTestSession.get().read().parquet(tmp.resolve("out/articles").toString())
        .where("article_id = 'giant'").select("n_chars").first();
    assertEquals(settings.maxChars(), row.getInt(0));
  }
}
