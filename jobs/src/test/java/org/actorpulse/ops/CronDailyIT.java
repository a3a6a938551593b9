package org.actorpulse.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/cron-daily on temp folders with the bundled examples, called the way cron calls it. */
class CronDailyIT {
  static final String SEED = "000_87504b5c0eae03d5.txt";

  @TempDir
  Path tmp;

  @Test
  void processesNewFilesOnceAndRetriesThemAfterAFailedRun() throws Exception {
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    Files.copy(Script.HOME.resolve("examples/seed").resolve(SEED), inbox.resolve(SEED));
    Files.copy(Script.HOME.resolve("examples/news-sample.jsonl"), inbox.resolve("news-sample.jsonl"));
    Files.writeString(inbox.resolve(".still-copying.jsonl"), "{\"id\": \"half");
    Path out = tmp.resolve("out");
    Path processed = out.resolve("_cron/processed.txt");
    Path logs = Files.createDirectories(out.resolve("_cron/logs"));
    Path oldLog = aged(logs.resolve("cron-daily-2000-01-01.log"), 40);
    Path recentLog = aged(logs.resolve("cron-daily-2000-02-01.log"), 5);
    Path notOurs = aged(logs.resolve("notes.txt"), 40);
    Path todaysLog = logs.resolve("cron-daily-" + LocalDate.now(ZoneOffset.UTC) + ".log");

    // First call: both example files in one run; the sample's two broken records make it exit 3, still a success.
    Script.Result first = Script.run(tmp, "cron-daily", "--inbox", inbox, "--output", out, "--keep-days", 30);
    assertEquals(3, first.code(), first::toString);
    assertEquals(List.of(SEED, "news-sample.jsonl"), Files.readAllLines(processed));
    assertEquals(37, count(out, "articles/**/*.parquet"));
    assertEquals(1, count(out, "runs/*.parquet"));
    assertFalse(Files.exists(oldLog), "a 40-day-old log is deleted with --keep-days 30");
    assertTrue(Files.exists(recentLog) && Files.exists(notOurs), "recent logs and other files are kept");
    assertTrue(Files.readString(todaysLog).contains("2 new file(s): " + SEED + " news-sample.jsonl"));
    assertTrue(Files.readString(todaysLog).contains("[aggregate]"), "the run's own output is in the log");

    // Second call: nothing new, no run.
    Script.Result second = Script.run(tmp, "cron-daily", "--inbox", inbox, "--output", out);
    assertEquals(0, second.code(), second::toString);
    assertEquals("", second.out() + second.err(), "silent when there is nothing to say (cron mails output)");
    assertTrue(Files.readString(todaysLog).contains("nothing new in " + inbox.toRealPath()));
    assertEquals(1, count(out, "runs/*.parquet"));

    // A new file, but the run fails (a conf that cannot be parsed): non-zero, the file is not marked.
    Files.copy(Script.HOME.resolve("examples/news-sample.jsonl"), inbox.resolve("2017-09-26.jsonl"));
    Path badConf = Files.writeString(tmp.resolve("bad.conf"), "actorpulse { engine = \n");
    Script.Result failed = Script.run(tmp, "cron-daily", "--inbox", inbox, "--output", out, "--conf", badConf);
    assertTrue(failed.code() != 0 && failed.code() != 3, failed::toString);
    assertTrue(failed.err().contains("nothing marked; log: " + todaysLog), failed::toString);
    assertEquals(List.of(SEED, "news-sample.jsonl"), Files.readAllLines(processed));

    // Next night, with the conf fixed: the same file is picked up again, and only it.
    Script.Result retried = Script.run(tmp, "cron-daily", "--inbox", inbox, "--output", out);
    assertEquals(3, retried.code(), retried::toString);
    assertEquals(List.of(SEED, "news-sample.jsonl", "2017-09-26.jsonl"), Files.readAllLines(processed));
    assertTrue(Files.readString(todaysLog).contains("1 new file(s): 2017-09-26.jsonl"));
    assertEquals(2, count(out, "runs/*.parquet"));
  }

  @Test
  void usageErrorsAreOneLineAndExit2() throws Exception {
    Script.Result noInbox = Script.run(tmp, "cron-daily", "--inbox", tmp.resolve("missing"), "--output", tmp.resolve("o"));
    assertEquals(2, noInbox.code(), noInbox::toString);
    assertTrue(noInbox.err().startsWith("cron-daily: --inbox " + tmp.resolve("missing") + ": no such folder\n"), noInbox::toString);
    Script.Result badDays = Script.run(tmp, "cron-daily", "--inbox", tmp, "--output", tmp.resolve("o"), "--keep-days", "a month");
    assertEquals(2, badDays.code(), badDays::toString);
    assertTrue(badDays.err().contains("expected a number of days"), badDays::toString);
  }

  private static Path aged(Path file, int days) throws Exception {
    Files.writeString(file, "old\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(days))));
    return file;
  }

  private static long count(Path out, String glob) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + out.resolve(glob) + "')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
