package org.actorpulse.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProgressListenerTest {
  @Test
  void etaIsTheBytesLeftAtTheRateSoFar() {
    // 100 MB read in 10 s of 400 MB: 300 MB left at 10 MB/s.
    assertEquals(", ETA 0m30s", ProgressListener.eta(400_000_000L, 100_000_000L, 10));
    assertEquals(", ETA 2m05s", ProgressListener.eta(1_350_000_000L, 100_000_000L, 10));
  }

  @Test
  void noEtaWithoutAnExpectedSizeOrOnceDone() {
    assertEquals("", ProgressListener.eta(0, 100, 1));
    assertEquals("", ProgressListener.eta(100, 0, 1));
    assertEquals("", ProgressListener.eta(100, 100, 1));
  }

  @Test
  void readsAreThoseOfTheLargestSparkStageNotASumOverPasses() {
    ProgressListener p = new ProgressListener(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), 60_000);
    p.stage("ingest", 4_000_000L);
    // The input read in two tasks, then its persisted rows read again by two smaller passes.
    p.read(0, 600, 2_400_000L);
    p.read(0, 400, 1_600_000L);
    p.read(3, 1000, 1_000_000L);
    p.read(7, 1000, 1_000_000L);
    p.read(9, 12, 9_000_000L); // rows kept on disk: Spark counts blocks, not rows
    String line = p.line();
    assertTrue(line.startsWith("[ingest] 1,000 records read, 4.0 MB, "), line);
    p.stage("analyze", 0);
    assertTrue(p.line().startsWith("[analyze] 0 records read, 0.0 MB, "), p.line());
  }
}
