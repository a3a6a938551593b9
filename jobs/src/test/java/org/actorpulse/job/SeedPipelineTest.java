package org.actorpulse.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.output.RunRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the seed article and the bundled sample, on the shared session, with every table read
 * back through DuckDB as a notebook user would.
 */
class SeedPipelineTest {
  @TempDir static Path tmp;
  static Path seedOut;
  static RunRecord seedRun;
  static String seedLog;

  @BeforeAll
  static void runOnSeed() {
    Path home = Path.of(System.getProperty("actorpulse.home"));
    seedOut = tmp.resolve("seed");
    RunConfig config = new RunConfig("run", List.of(home.resolve("../shared/data/seed").toString()),
        seedOut.toString(), null, null, null, SettingsLoader.load(null), "test-seed");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    seedRun = new JobRunner(config, new PrintStream(log, true, StandardCharsets.UTF_8))
        .run(SparkTestSession.get(), EnumSet.allOf(JobRunner.Stage.class));
    seedLog = log.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, Long> rolledUpMentions(Path out) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT actor_id, sum(mentions) AS m FROM read_parquet('"
             + out.resolve("actor_daily") + "/*.parquet') GROUP BY actor_id ORDER BY m DESC, actor_id")) {
      while (rs.next()) counts.put(rs.getString(1), rs.getLong(2));
    }
    return counts;
  }

  @Test
  void seedCountsMatchTheHandCounts() throws SQLException {
    Map<String, Long> m = rolledUpMentions(seedOut);
    assertTrue(seedRun.status.equals("succeeded"), seedLog);
    assertBetween(m, "ISIS", 11, 15);
    assertBetween(m, "SDF", 9, 13);
    assertBetween(m, "RUS", 8, 12);
    assertBetween(m, "SYR", 5, 9);
    assertBetween(m, "USA", 4, 8);
    assertBetween(m, "TUR", 2, 2);
    assertBetween(m, "EU", 1, 1);
    List<String> topFive = m.keySet().stream()
        .filter(id -> !id.contains(".")).limit(5).toList();
    assertEquals(List.of("ISIS", "SDF", "RUS", "SYR", "USA").stream().sorted().toList(),
        topFive.stream().sorted().toList(), "top five top-level actors: " + m);
  }

  private static void assertBetween(Map<String, Long> m, String actor, long lo, long hi) {
    long n = m.getOrDefault(actor, 0L);
    assertTrue(n >= lo && n <= hi, actor + " = " + n + ", expected " + lo + ".." + hi + " in " + m);
  }

  @Test
  void everyTableReadsBackThroughDuckDb() throws SQLException {
    Map<String, String> firstColumn = Map.of(
        "articles", "article_id", "mentions", "actor_id", "actors", "actor_id", "actor_daily", "actor_id",
        "actor_sentiment", "granularity", "actor_pairs", "actor_a", "runs", "run_id", "article_actors", "actor_id");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (var e : firstColumn.entrySet()) {
        String glob = seedOut.resolve(e.getKey()) + "/**/*.parquet";
        try (ResultSet rs = s.executeQuery("SELECT count(*), count(" + e.getValue() + ") FROM read_parquet('"
            + glob + "', hive_partitioning = true)")) {
          rs.next();
          assertTrue(rs.getLong(1) > 0, e.getKey() + " is empty");
          assertEquals(rs.getLong(1), rs.getLong(2), e.getKey() + "." + e.getValue() + " has nulls");
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT DISTINCT CAST(date AS VARCHAR) FROM read_parquet('"
          + seedOut.resolve("mentions") + "/**/*.parquet', hive_partitioning = true)")) {
        rs.next();
        assertEquals("2017-09-25", rs.getString(1));
      }
    }
  }

  @Test
  void pairsHaveSentenceCountsAndBoundedNpmi() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT actor_a, actor_b, articles, sentences, npmi FROM read_parquet('"
             + seedOut.resolve("actor_pairs") + "/*.parquet') WHERE granularity = 'day' ORDER BY sentences DESC")) {
      int rows = 0;
      boolean rusIsisInOneSentence = false;
      while (rs.next()) {
        rows++;
        assertTrue(rs.getString(1).compareTo(rs.getString(2)) < 0, "actor_a < actor_b");
        assertEquals(1, rs.getLong(3), "one article");
        assertTrue(rs.getDouble(5) >= -1 && rs.getDouble(5) <= 1);
        assertTrue(!rs.getString(2).startsWith(rs.getString(1) + "."), "no actor paired with its own sub-actor");
        if (rs.getString(1).equals("ISIS") && rs.getString(2).equals("RUS")) rusIsisInOneSentence = rs.getLong(4) > 0;
      }
      assertTrue(rows > 5);
      assertTrue(rusIsisInOneSentence, "'accusing Russia of supporting ISIS' puts RUS and ISIS in one sentence");
    }
  }

  @Test
  void articleActorsShowTheSeedIsNegativeTowardRussiaAndIsis() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT actor_id, mentions, sentiment_mean, sentiment_n, in_title, first_offset"
             + " FROM read_parquet('" + seedOut.resolve("article_actors") + "/**/*.parquet', hive_partitioning = true)"
             + " WHERE actor_id IN ('RUS', 'ISIS') ORDER BY actor_id")) {
      int rows = 0;
      while (rs.next()) {
        rows++;
        String actor = rs.getString(1);
        assertEquals(rolledUpMentions(seedOut).get(actor), rs.getLong(2), actor);
        assertTrue(rs.getDouble(3) < 0, actor + " sentiment " + rs.getDouble(3));
        assertEquals(rs.getLong(2), rs.getLong(4));
        assertTrue(!rs.getBoolean(5), "the seed has no title");
        assertTrue(rs.getInt(6) >= 0);
      }
      assertEquals(2, rows);
    }
  }

  @Test
  void runIsRecordedWithAccountingAndSummary() {
    Map<String, Long> a = seedRun.accounting;
    assertEquals(1L, a.get("input_records"));
    assertEquals(a.get("input_records"), a.get("articles") + a.get("duplicates") + a.get("rejects"));
    assertTrue(seedLog.contains("[analyze]"), seedLog);
    assertTrue(seedLog.contains("table mentions"), seedLog);
    assertTrue(seedRun.rows.get("mentions") > 40);
  }
}
