package org.actorpulse.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone cluster (a Master and two Workers on 127.0.0.1) runs the shaded jar on the bundled examples;
 * its tables must equal the local run's. Slow (minutes on 2 shared cores).
 */
class StandaloneClusterIT {
  static final String[] TABLES = {"articles", "mentions", "actors", "actor_daily", "actor_sentiment", "actor_pairs",
      "sources", "source_actor"};

  @TempDir
  static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    Script.Result started = Script.run(tmp, "standalone-cluster", "start");
    assertEquals(0, started.code(), started::toString);
    assertTrue(started.out().contains("2 workers (1 core, 1 GB each)"), started::toString);
  }

  @AfterAll
  static void stop() throws Exception {
    Script.Result stopped = Script.run(tmp, "standalone-cluster", "stop");
    assertEquals(0, stopped.code(), stopped::toString);
  }

  @Test
  void clusterAndLocalRunsWriteTheSameTables() throws Exception {
    Path out = tmp.resolve("smoke");
    Script.Result smoke = Script.run(tmp, "standalone-cluster", "smoke",
        "--input", Script.HOME.resolve("examples/seed"), "--input", Script.HOME.resolve("examples/news-sample.jsonl"),
        "--output", out);
    assertEquals(0, smoke.code(), smoke::toString);
    assertTrue(smoke.out().contains("(2 executors granted)"), "both workers ran executors\n" + smoke);
    for (String table : TABLES) {
      assertTrue(smoke.out().lines().anyMatch(l -> l.matches("same " + table + " +rows ([1-9]\\d*) vs \\1; .*")),
          table + " equal and not empty\n" + smoke);
      assertTrue(Files.isDirectory(out.resolve("cluster").resolve(table)), table);
    }
    assertTrue(smoke.out().contains("\nOK: cluster and local runs wrote the same rows"), smoke::toString);
  }

  @Test
  void smokeWithoutInputsIsAUsageError() throws Exception {
    Script.Result r = Script.run(tmp, "standalone-cluster", "smoke", "--output", tmp.resolve("x"));
    assertEquals(2, r.code(), r::toString);
    assertTrue(r.err().startsWith("usage: scripts/standalone-cluster"), r::toString);
  }
}
