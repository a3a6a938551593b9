package org.actorpulse.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
