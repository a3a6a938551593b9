package org.actorpulse.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One-permutation MinHash must behave as {@code k} independent MinHashes do where banding relies on it: two sets
 * agree on a bin with probability equal to their Jaccard similarity, for article-sized sets and for sets smaller
 * than the number of bins (where densification fills most bins).
 */
class MinHasherTest {
  private static final int K = 60;
  private final MinHasher hasher = new MinHasher(Sketcher.SEED, K);

  /** Two random sets of {@code size} elements each sharing {@code shared} of them. */
  private static int[][] pair(Random r, int size, int shared) {
    Set<Integer> a = new LinkedHashSet<>();
    Set<Integer> b = new LinkedHashSet<>();
    while (a.size() < shared) {
      int x = r.nextInt(Shingles.SPACE);
      a.add(x);
      b.add(x);
    }
    while (a.size() < size) a.add(r.nextInt(Shingles.SPACE));
    while (b.size() < size) {
      int x = r.nextInt(Shingles.SPACE);
      if (!a.contains(x)) b.add(x);
    }
    return new int[][] {sorted(a), sorted(b)};
  }

  private static int[] sorted(Set<Integer> s) {
    int[] out = s.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(out);
    return out;
  }

  private double meanAgreement(int size, int shared, int pairs, long seed) {
    Random r = new Random(seed);
    long agree = 0;
    for (int p = 0; p < pairs; p++) {
      int[][] ab = pair(r, size, shared);
      long[] ha = hasher.hash(ab[0]);
      long[] hb = hasher.hash(ab[1]);
      for (int i = 0; i < K; i++) if (ha[i] == hb[i]) agree++;
    }
    return agree / (double) (pairs * K);
  }

  private static void assertNear(double expected, double actual, double tolerance, String what) {
    assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected " + expected + " +- " + tolerance
        + ", got " + actual);
  }

  @Test
  void binsAgreeAsOftenAsTheSetsOverlapForArticleSizedSets() {
    // 700 shingles: a 4 KB article. Jaccard 1/3, 0.5 (the threshold) and 0.8.
    assertNear(350 / 1050.0, meanAgreement(700, 350, 200, 1), 0.01, "J = 1/3");
    assertNear(0.5, meanAgreement(700, 467, 200, 2), 0.01, "J = 0.5");
    assertNear(0.8, meanAgreement(700, 622, 200, 3), 0.01, "J = 0.8");
  }

  @Test
  void binsAgreeAsOftenAsTheSetsOverlapWhenMostBinsAreEmpty() {
    // 10 elements for 60 bins: 50 or more bins are filled from others.
    assertNear(5 / 15.0, meanAgreement(10, 5, 2_000, 4), 0.02, "J = 1/3, small sets");
    assertNear(8 / 12.0, meanAgreement(10, 8, 2_000, 5), 0.02, "J = 2/3, small sets");
  }

  @Test
  void disjointSetsAgreeOnNothingAndEqualSetsOnEverything() {
    assertEquals(0.0, meanAgreement(300, 0, 50, 6));
    int[] s = pair(new Random(7), 300, 0)[0];
    assertArrayEquals(hasher.hash(s), hasher.hash(s.clone()));
    assertArrayEquals(hasher.hash(s), new MinHasher(Sketcher.SEED, K).hash(s), "same seed, same functions");
  }

  @Test
  void aOneElementSetFillsEveryBinWithItsValue() {
    long[] h = hasher.hash(new int[] {42});
    for (long v : h) assertEquals(h[0], v);
    assertTrue(h[0] >= 0 && h[0] < (1L << 32));
  }

  @Test
  void candidatePairsAtTheThresholdAreFoundAtTheRateBandingPromises() {
    NearDuplicateOptions o = NearDuplicateOptions.DEFAULTS;
    Random r = new Random(8);
    int pairs = 2_000;
    int candidates = 0;
    for (int p = 0; p < pairs; p++) {
      int[][] ab = pair(r, 700, 467);
      long[] ka = BandKeys.of(hasher.hash(ab[0]), o.bands(), o.rowsPerBand());
      long[] kb = BandKeys.of(hasher.hash(ab[1]), o.bands(), o.rowsPerBand());
      for (int b = 0; b < o.bands(); b++) {
        if (ka[b] == kb[b]) {
          candidates++;
          break;
        }
      }
    }
    assertNear(o.candidateProbability(0.5), candidates / (double) pairs, 0.02, "pairs at J = 0.5 compared");
  }

  @Test
  void anEmptySetHasNoMinHash() {
    assertThrows(IllegalArgumentException.class, () -> hasher.hash(new int[0]));
  }
}
