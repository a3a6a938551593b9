package org.actorpulse.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void meanAndSampleSdMatchTheTextbook() {
    MeanStats s = new MeanStats();
    for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) s.add(x);
    assertEquals(5.0, s.mean(), 1e-12);
    assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12);
  }

  @Test
  void mergingPartsEqualsAddingAll() {
    Random r = new Random(7);
    MeanStats all = new MeanStats();
    MeanStats a = new MeanStats();
    MeanStats b = new MeanStats();
    for (int i = 0; i < 500; i++) {
      double x = r.nextGaussian();
      all.add(x);
      (i % 3 == 0 ? a : b).add(x);
    }
    a.merge(b);
    assertEquals(all.n(), a.n());
    assertEquals(all.mean(), a.mean(), 1e-12);
    assertEquals(all.sd(), a.sd(), 1e-12);
  }

  @Test
  void storedFiguresRebuildTheAccumulator() {
    MeanStats s = new MeanStats().add(0.1).add(-0.5).add(0.3);
    MeanStats back = MeanStats.of(s.n(), s.mean(), s.sd());
    back.add(0.9);
    s.add(0.9);
    assertEquals(s.sd(), back.sd(), 1e-12);
  }

  @Test
  void intervalUsesStudentTAndIsClippedToScoreRange() {
    MeanStats s = new MeanStats().add(-0.2).add(0.2);
    Interval ci = s.interval95();
    // mean 0, sd 0.2828, se 0.2, t(1) = 12.706 -> clipped to [-1, 1]
    assertEquals(-1.0, ci.low());
    assertEquals(1.0, ci.high());
    assertNull(new MeanStats().add(0.5).interval95());
  }

  @Test
  void largeSampleIntervalIsNearNormal() {
    MeanStats s = MeanStats.of(10_000, 0.1, 0.5);
    Interval ci = s.interval95();
    assertEquals(0.1 - 1.96 * 0.005, ci.low(), 1e-4);
    assertEquals(0.1 + 1.96 * 0.005, ci.high(), 1e-4);
  }

  @Test
  void shiftIsFlaggedForAClearBreak() {
    assertTrue(ShiftTest.DEFAULT.isShift(MeanStats.of(50, 0.2, 0.3), MeanStats.of(50, -0.3, 0.3)));
  }

  @Test
  void noShiftForNoiseOrSmallSamples() {
    assertFalse(ShiftTest.DEFAULT.isShift(MeanStats.of(50, 0.2, 0.3), MeanStats.of(50, 0.15, 0.3)));
    assertFalse(ShiftTest.DEFAULT.isShift(MeanStats.of(5, 0.9, 0.01), MeanStats.of(50, -0.9, 0.01)));
  }

  @Test
  void noShiftFlaggedOnStationarySeries() {
    int flags = 0;
    for (int seed = 1; seed <= 5; seed++) {
      Random r = new Random(seed);
      MeanStats prev = null;
      for (int day = 0; day < 120; day++) {
        MeanStats cur = new MeanStats();
        for (int i = 0; i < 40; i++) cur.add(Math.max(-1, Math.min(1, -0.1 + 0.3 * r.nextGaussian())));
        if (prev != null && ShiftTest.DEFAULT.isShift(prev, cur)) flags++;
        prev = cur;
      }
    }
    assertEquals(0, flags, "false alarms on series with no break");
  }

  @Test
  void breakOfThreeTenthsIsFlaggedInASeries() {
    Random r = new Random(3);
    int flags = 0;
    int flaggedDay = -1;
    MeanStats prev = null;
    for (int day = 0; day < 60; day++) {
      double level = day < 30 ? 0.2 : -0.1;
      MeanStats cur = new MeanStats();
      for (int i = 0; i < 50; i++) cur.add(Math.max(-1, Math.min(1, level + 0.3 * r.nextGaussian())));
      if (prev != null && ShiftTest.DEFAULT.isShift(prev, cur)) {
        flags++;
        flaggedDay = day;
      }
      prev = cur;
    }
    assertEquals(1, flags);
    assertEquals(30, flaggedDay);
  }

  @Test
  void pmiIsZeroForIndependentActorsAndNpmiOneForInseparable() {
    Association indep = Association.of(25, 50, 50, 100);
    assertEquals(0.0, indep.pmi(), 1e-12);
    assertEquals(0.0, indep.npmi(), 1e-12);
    assertEquals(1.0, Association.of(10, 10, 10, 100).npmi(), 1e-12);
    assertEquals(Math.log(4) / Math.log(2), Association.of(10, 10, 25, 100).pmi(), 1e-12);
  }

  @Test
  void associationRejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> Association.of(5, 4, 10, 100));
    assertThrows(IllegalArgumentException.class, () -> Association.of(0, 4, 10, 100));
  }
}
