package org.actorpulse.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.output.RunRecord;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoverTest {
  @TempDir Path tmp;

  @Test
  void seedNamesNoAliasCoversBecomeCandidates() {
    Path home = Path.of(System.getProperty("actorpulse.home"));
    RunConfig config = new RunConfig("discover", List.of(home.resolve("examples/seed").toString()),
        tmp.toString(), null, null, null, SettingsLoader.load(null), "test-discover");
    RunRecord r = new JobRunner(config, new PrintStream(OutputStream.nullOutputStream()))
        .run(SparkTestSession.get(), EnumSet.of(JobRunner.Stage.INGEST, JobRunner.Stage.DISCOVER));
    assertEquals("succeeded", r.status);
    List<String> phrases = SparkTestSession.get().read().parquet(tmp.resolve("candidates").toString())
        .collectAsList().stream().map((Row row) -> row.getString(0)).toList();
    assertTrue(phrases.containsAll(List.of("Popular Diplomacy Movement", "Mahmoud Afandi", "Valery Asapov")),
        "candidates: " + phrases);
    assertFalse(phrases.contains("Syrian Democratic Forces"), "covered by an alias");
    assertFalse(phrases.contains("Deir Ezzor"), "a place");
  }
}
