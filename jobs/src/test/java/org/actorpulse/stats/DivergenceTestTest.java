package org.actorpulse.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DivergenceTestTest {
  private static final DivergenceTest TEST = DivergenceTest.DEFAULT;

  private static MeanStats sample(Random r, int n, double mean, double sd) {
    MeanStats s = new MeanStats();
    for (int i = 0; i < n; i++) s.add(Math.max(-1, Math.min(1, mean + sd * r.nextGaussian())));
    return s;
  }

  @Test
  void sumsRebuildTheSameStatistics() {
    MeanStats s = new MeanStats().add(0.2).add(-0.4).add(0.9).add(0.1);
    MeanStats back = MeanStats.fromSums(s.n(), s.sum(), s.sumSquares());
    assertEquals(s.mean(), back.mean(), 1e-12);
    assertEquals(s.sd(), back.sd(), 1e-12);
    assertEquals(0, MeanStats.fromSums(0, 0, 0).n());
  }

  @Test
  void aClearDifferenceIsDivergentAndNoiseIsNot() {
    Random r = new Random(3);
    assertTrue(TEST.isDivergent(sample(r, 40, -0.6, 0.3), sample(r, 400, -0.1, 0.3)));
    assertFalse(TEST.isDivergent(sample(r, 40, -0.12, 0.3), sample(r, 400, -0.1, 0.3)));
  }

  @Test
  void tooFewArticlesOrATinyDifferenceIsNeverDivergent() {
    Random r = new Random(4);
    assertFalse(TEST.isDivergent(sample(r, 9, -0.9, 0.05), sample(r, 400, 0.5, 0.05)), "below min n");
    MeanStats a = MeanStats.of(100_000, 0.05, 0.2);
    MeanStats b = MeanStats.of(100_000, 0.0, 0.2);
    assertFalse(TEST.isDivergent(a, b), "significant but below min delta");
  }

  @Test
  void aFewAgreeingArticlesDoNotMakeASmallDifferenceCertain() {
    // Twelve articles with almost no spread 0.2 above a noisy pool: significant only if their own spread is trusted.
    MeanStats few = MeanStats.of(12, 0.0, 0.02);
    MeanStats pool = MeanStats.of(300, -0.2, 0.35);
    assertFalse(TEST.isDivergent(few, pool));
  }

  @Test
  void oneHarshSourceDoesNotMakeTheOthersLookMild() {
    Random r = new Random(11);
    List<MeanStats> sources = new ArrayList<>();
    sources.add(sample(r, 120, -0.6, 0.25)); // harsh, and a large share of the pool
    for (int i = 0; i < 5; i++) sources.add(sample(r, 60, -0.1, 0.25));
    // Against all others pooled, a typical source looks milder, because the harsh one drags the pool down.
    MeanStats allButOne = new MeanStats();
    for (int i = 0; i < sources.size(); i++) if (i != 1) allButOne.merge(sources.get(i));
    assertTrue(TEST.isDivergent(sources.get(1), allButOne), "the masking the one-at-a-time order avoids");

    List<DivergenceTest.Verdict> v = TEST.compareAll(sources);
    assertTrue(v.get(0).divergent());
    for (int i = 1; i < v.size(); i++) {
      assertFalse(v.get(i).divergent(), "source " + i);
      assertEquals(5 * 60 - 60, v.get(i).others().n(), "the reference leaves out the harsh source and itself");
    }
    assertEquals(300, v.get(0).others().n());
  }

  @Test
  void sourcesThatAllAgreeAreNeverFlagged() {
    Random r = new Random(5);
    int flagged = 0;
    for (int trial = 0; trial < 200; trial++) {
      List<MeanStats> sources = new ArrayList<>();
      for (int i = 0; i < 8; i++) sources.add(sample(r, 15 + r.nextInt(80), -0.2, 0.35));
      for (DivergenceTest.Verdict v : TEST.compareAll(sources)) if (v.divergent()) flagged++;
    }
    // 0.1% nominal would flag about 1.6 of these 1,600 null comparisons; the normal approximation at 15 articles
    // and picking the largest of eight loosen that somewhat. A naive 5% test would flag about 80.
    assertTrue(flagged <= 8, "false alarms in 1,600 null comparisons: " + flagged);
  }

  @Test
  void twoHarshSourcesAreBothFound() {
    Random r = new Random(9);
    List<MeanStats> sources = new ArrayList<>(List.of(sample(r, 80, -0.7, 0.2), sample(r, 80, 0.5, 0.2)));
    for (int i = 0; i < 6; i++) sources.add(sample(r, 80, -0.05, 0.2));
    List<DivergenceTest.Verdict> v = TEST.compareAll(sources);
    assertTrue(v.get(0).divergent());
    assertTrue(v.get(1).divergent());
    for (int i = 2; i < v.size(); i++) assertFalse(v.get(i).divergent(), "source " + i);
  }

  @Test
  void badParametersAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DivergenceTest(1, 3, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new DivergenceTest(10, 0, 0.1));
    assertThrows(IllegalArgumentException.class, () -> new DivergenceTest(10, 3, -1));
  }
}
