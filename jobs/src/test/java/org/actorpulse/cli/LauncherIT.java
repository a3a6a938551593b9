package org.actorpulse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code scripts/actorpulse} as a user would, after {@code package} built the jar and classpath files. */
class LauncherIT {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home")).toAbsolutePath().normalize();
  @TempDir Path tmp;

  record Result(int code, String out, String err) {}

  static Result launch(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", HOME.resolve("scripts/actorpulse").toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("ap-out", ".txt");
    Path err = Files.createTempFile("ap-err", ".txt");
    try {
      Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + cmd);
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void everyJobHasHelp() throws Exception {
    for (String job : List.of("ingest", "analyze", "aggregate", "run", "top", "report", "discover",
        "compare-sources")) {
      Result r = launch(job, "--help");
      assertEquals(0, r.code(), job + ": " + r.err());
      assertTrue(r.out().contains("--output"), job + " help: " + r.out());
    }
    assertTrue(launch("--help").out().contains("run"));
  }

  @Test
  void wrongFlagIsOneClearLineAndExitTwo() throws Exception {
    Result r = launch("run", "--input", "x.jsonl", "--output", tmp.toString(), "--frobnicate");
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("--frobnicate"), r.err());
  }

  @Test
  void badDateNamesAGoodOne() throws Exception {
    Result r = launch("run", "--input", "x.jsonl", "--output", tmp.toString(), "--from", "2017/09/25");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("expected a date like 2017-09-25"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void missingInputIsOneLineAndExitTwo() throws Exception {
    Result r = launch("ingest", "--input", tmp.resolve("nope/*.jsonl").toString(), "--output", tmp.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("nope"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void runOnTheBundledExampleWritesReadableTables() throws Exception {
    Path out = tmp.resolve("example");
    Result r = launch("run", "--input", HOME.resolve("examples/seed").toString(),
        "--input", HOME.resolve("examples/news-sample.jsonl").toString(), "--output", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("actorpulse run succeeded"), r.out());
    assertTrue(r.out().contains("[ingest]") && r.out().contains("MB/s"), r.out());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT reason FROM read_parquet('" + out + "/rejects/*.parquet') ORDER BY 1")) {
        List<String> reasons = new ArrayList<>();
        while (rs.next()) reasons.add(rs.getString(1));
        assertEquals(List.of("date:missing", "json:malformed"), reasons);
      }
      try (ResultSet rs = s.executeQuery("SELECT count(DISTINCT source), count(DISTINCT date) FROM read_parquet('"
          + out + "/articles/**/*.parquet', hive_partitioning = true)")) {
        rs.next();
        assertEquals(5, rs.getLong(1), "four sample sources and the seed's");
        assertEquals(12, rs.getLong(2), "twelve sample days, the seed's 2017-09-25 among them");
      }
      try (ResultSet rs = s.executeQuery("SELECT input_records, status FROM (SELECT accounting['input_records'] "
          + "AS input_records, status FROM read_parquet('" + out + "/runs/*.parquet'))")) {
        rs.next();
        assertEquals(39, rs.getLong(1), "36 sample articles, 2 broken records and the seed");
        assertEquals("succeeded", rs.getString(2));
      }
    }
    Result top = launch("top", "--output", out.toString(), "--limit", "5");
    assertEquals(0, top.code(), top.err());
    assertTrue(top.out().contains("ISIS") || top.out().contains("USA"), top.out());
    Result compare = launch("compare-sources", "--output", out.toString(), "--actor", "RUS");
    assertEquals(0, compare.code(), compare.err());
    assertTrue(compare.out().startsWith("RUS  Russia  (month of 2017-09-01; 5 sources)"), compare.out());
    for (String source : List.of("reuters", "ap", "rt", "aljazeera")) {
      assertTrue(compare.out().contains("\n  " + source + " ") || compare.out().contains("\n* " + source + " "),
          "canonical source names from conf/sources.yaml: " + compare.out());
    }
    Result badGrain = launch("compare-sources", "--output", out.toString(), "--granularity", "year");
    assertEquals(2, badGrain.code());
    assertTrue(badGrain.err().contains("expected day, week or month"), badGrain.err());
  }
}
