package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashIndexTest {
  @Test
  void findsEveryPositionAndNothingElseAgainstAMap() {
    Random random = new Random(7);
    long[] hashes = new long[5_000];
    Map<Long, Integer> expected = new HashMap<>();
    for (int p = 0; p < hashes.length; p++) {
      // Half the hashes share their low 12 bits, so they land in a few slots and must be found by probing.
      long h = p % 2 == 0 ? random.nextLong() : (random.nextLong() << 12) | 0x5a5;
      if (expected.containsKey(h)) h = random.nextLong();
      hashes[p] = h;
      expected.put(h, p);
    }
    HashIndex index = new HashIndex(hashes, p -> "twice: " + p);
    for (Map.Entry<Long, Integer> e : expected.entrySet()) assertEquals(e.getValue(), index.of(e.getKey()));
    for (int i = 0; i < 5_000; i++) {
      long absent = random.nextLong();
      if (!expected.containsKey(absent)) assertEquals(-1, index.of(absent));
    }
  }

  @Test
  void anEmptyListKnowsNothing() {
    assertEquals(-1, new HashIndex(new long[0], p -> "twice").of(42));
  }

  @Test
  void aHashTwiceNamesTheLaterPosition() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new HashIndex(new long[] {3, 9, 3}, p -> "position " + p + " repeats"));
    assertEquals("position 2 repeats", e.getMessage());
    // HashSlots keeps 0 for its empty slots and stores a hash of 0 as 1, as PackedWeights does for the same features.
    assertThrows(IllegalArgumentException.class, () -> new HashIndex(new long[] {0, 1}, p -> "twice"));
  }
}
