package org.actorpulse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL while it writes leaves the tables as they were; the next run takes over the dead
 * run's lock, discards its half-written staging and finishes, giving the same tables as an uninterrupted rerun.
 */
class KillSafetyIT {
  static final Path HOME = LauncherIT.HOME;
  static final List<String> TABLES =
      List.of("articles", "mentions", "article_actors", "actors", "actor_daily", "actor_sentiment", "actor_pairs",
          "sources", "source_actor");
  @TempDir Path tmp;

  private String[] runArgs(Path out) {
    return new String[] {"run", "--input", HOME.resolve("examples/seed").toString(),
        "--input", HOME.resolve("examples/news-sample.jsonl").toString(), "--output", out.toString()};
  }

  /** Every row of every analysts' table, as sorted text, read through DuckDB. */
  static Map<String, List<String>> snapshot(Path out) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      for (String t : TABLES) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + out.resolve(t)
            + "/**/*.parquet', hive_partitioning = true)")) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= n; i++) b.append(rs.getString(i)).append('|');
            rows.add(b.toString());
          }
        }
        rows.sort(null);
        tables.put(t, rows);
      }
    }
    return tables;
  }

  @Test
  void killedRunLeavesTablesWholeAndTheNextRunFinishes() throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(0, LauncherIT.launch(runArgs(out)).code());
    Map<String, List<String>> before = snapshot(out);

    List<String> cmd = new ArrayList<>(List.of("bash", HOME.resolve("scripts/actorpulse").toString()));
    cmd.addAll(List.of(runArgs(out)));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("killed.log").toFile()).start();
    Path staging = out.resolve("_staging");
    boolean sawMentions = false;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!sawMentions && p.isAlive() && System.nanoTime() < deadline) {
      sawMentions = Files.isDirectory(staging) && containsDir(staging, "mentions");
      if (!sawMentions) Thread.sleep(20);
    }
    assertTrue(sawMentions, "the run never staged mentions: " + Files.readString(tmp.resolve("killed.log")));
    // The launcher execs java, so this pid is the JVM: a real SIGKILL, no shutdown hooks.
    new ProcessBuilder("kill", "-9", String.valueOf(p.pid())).start().waitFor();
    p.waitFor(1, TimeUnit.MINUTES);

    assertTrue(Files.exists(out.resolve("_lock")), "the dead run's lock is left behind");
    Map<String, List<String>> afterKill = snapshot(out);
    assertEquals(before.get("mentions"), afterKill.get("mentions"), "mentions untouched by the killed run");
    for (String t : TABLES) assertEquals(before.get(t).size(), afterKill.get(t).size(), t);

    LauncherIT.Result next = LauncherIT.launch(runArgs(out));
    assertEquals(0, next.code(), next.out() + next.err());
    assertTrue(next.out().contains("no longer running"), next.out());
    assertTrue(next.out().contains("recovered"), next.out());
    assertEquals(before, snapshot(out), "the rerun gives the same tables as the first run");
    assertTrue(!Files.exists(staging), "no staging left");
  }

  /**
   * Whether a folder {@code name} is within two levels of {@code root}. The run being watched renames and deletes
   * staging files meanwhile, and a walk that meets a file which has just gone says nothing: false, so the caller
   * polls again.
   */
  private static boolean containsDir(Path root, String name) throws IOException {
    try (Stream<Path> s = Files.walk(root, 2)) {
      return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().equals(name));
    } catch (NoSuchFileException gone) {
      return false;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) return false;
      throw e;
    }
  }
}
