package org.actorpulse.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCommitTest {
  @TempDir Path out;
  FileSystem fs;
  final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeEach
  void localFs() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
  }

  private org.apache.hadoop.fs.Path root() {
    return new org.apache.hadoop.fs.Path(out.toUri());
  }

  private void file(String relative, String content) throws IOException {
    Path p = out.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private String read(String relative) throws IOException {
    return Files.readString(out.resolve(relative));
  }

  private List<String> tree(String relative) throws IOException {
    Path base = out.resolve(relative);
    if (!Files.exists(base)) return List.of();
    try (Stream<Path> s = Files.walk(base)) {
      return s.filter(Files::isRegularFile).map(p -> base.relativize(p).toString())
          .filter(n -> !n.endsWith(".crc")).sorted().toList();
    }
  }

  @Test
  void wholeTableIsReplacedAndStagingRemoved() throws IOException {
    file("actors/part-0.parquet", "old");
    TableCommit c = new TableCommit(fs, root(), "r1");
    file("_staging/r1/actors/part-9.parquet", "new");
    c.add("actors", TableCommit.Mode.WHOLE, List.of());
    c.commit();
    assertEquals(List.of("part-9.parquet"), tree("actors"));
    assertFalse(Files.exists(out.resolve("_staging")));
  }

  @Test
  void datePartitionsReplaceOnlyTheirDatesAndEmptyProcessedDatesAreCleared() throws IOException {
    file("mentions/date=2017-09-24/a.parquet", "old24");
    file("mentions/date=2017-09-25/a.parquet", "old25");
    file("mentions/date=2017-09-26/a.parquet", "old26");
    TableCommit c = new TableCommit(fs, root(), "r1");
    file("_staging/r1/mentions/date=2017-09-25/b.parquet", "new25");
    c.add("mentions", TableCommit.Mode.BY_DATE, List.of("2017-09-26"));
    c.commit();
    assertEquals(List.of("date=2017-09-24/a.parquet", "date=2017-09-25/b.parquet"), tree("mentions"));
  }

  @Test
  void appendAddsFilesBesideTheOldOnes() throws IOException {
    file("rejects/part-0.parquet", "old");
    TableCommit c = new TableCommit(fs, root(), "r2");
    file("_staging/r2/rejects/part-1.parquet", "new");
    file("_staging/r2/rejects/_SUCCESS", "");
    c.add("rejects", TableCommit.Mode.APPEND, List.of());
    c.commit();
    assertEquals(List.of("part-0.parquet", "part-1.parquet"), tree("rejects"));
  }

  @Test
  void crashBeforeTheJournalLeavesOldTablesAndIsDiscarded() throws IOException {
    file("actors/part-0.parquet", "old");
    file("_staging/dead/actors/part-9.parquet", "half written");
    TableCommit.recover(fs, root(), new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals("old", read("actors/part-0.parquet"));
    assertFalse(Files.exists(out.resolve("_staging")));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("discarded"));
  }

  @Test
  void crashInTheMiddleOfACommitIsRolledForward() throws IOException {
    // A run journalled two partitions and two tables, then died after moving one partition and
    // moving the old actors table aside (but before moving the new one in).
    file("mentions/date=2017-09-24/a.parquet", "old24");
    file("mentions/date=2017-09-25/b.parquet", "new25");
    file("_staging/dead/_old/mentions/date=2017-09-25/a.parquet", "old25");
    file("_staging/dead/mentions/date=2017-09-24/c.parquet", "new24");
    file("_staging/dead/_old/actors/part-0.parquet", "old");
    file("_staging/dead/actors/part-9.parquet", "new");
    file("_staging/dead/_COMMIT", "BY_DATE\tmentions\nWHOLE\tactors");
    TableCommit.recover(fs, root(), new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(List.of("date=2017-09-24/c.parquet", "date=2017-09-25/b.parquet"), tree("mentions"));
    assertEquals(List.of("part-9.parquet"), tree("actors"));
    assertFalse(Files.exists(out.resolve("_staging")));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("finished the interrupted commit"));
  }

  @Test
  void abandonedStageIsNotReplayedByALaterCommit() throws IOException {
    file("mentions/date=2017-09-26/a.parquet", "keep");
    TableCommit c = new TableCommit(fs, root(), "r3");
    c.add("mentions", TableCommit.Mode.BY_DATE, List.of("2017-09-26"));
    c.abandon();
    file("_staging/r3/runs/part-0.parquet", "run row");
    c.add("runs", TableCommit.Mode.APPEND, List.of());
    c.commit();
    assertEquals(List.of("date=2017-09-26/a.parquet"), tree("mentions"));
  }

  @Test
  void secondRunOnTheSameOutputFailsClearly() {
    try (OutputLock first = OutputLock.acquire(fs, root(), "r1", 0, new PrintStream(log))) {
      OutputLockedException e = assertThrows(OutputLockedException.class,
          () -> OutputLock.acquire(fs, root(), "r2", 0, new PrintStream(log)));
      assertTrue(e.getMessage().contains("run=r1"), e.getMessage());
    }
    OutputLock.acquire(fs, root(), "r3", 0, new PrintStream(log)).close();
  }

  @Test
  void lockOfADeadProcessIsTakenOver() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    file("_lock", "run=dead\nhost=" + java.net.InetAddress.getLocalHost().getHostName() + "\npid=" + p.pid() + "\n");
    OutputLock.acquire(fs, root(), "r4", 0, new PrintStream(log, true, StandardCharsets.UTF_8)).close();
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("no longer running"));
  }

  @Test
  void waitingRunGetsTheLockWhenTheFirstFinishes() throws Exception {
    OutputLock first = OutputLock.acquire(fs, root(), "r1", 0, new PrintStream(log));
    Thread release = new Thread(() -> {
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      first.close();
    });
    release.start();
    OutputLock.acquire(fs, root(), "r2", 30, new PrintStream(log)).close();
    release.join();
  }
}
