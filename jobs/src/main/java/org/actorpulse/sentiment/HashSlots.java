package org.actorpulse.sentiment;

/**
 * The open addressing shared by {@link PackedWeights}, {@link TokenWeights}, {@link WordTable} and {@link HashIndex}: a {@code long[]} of entries
 * {@code stride} longs wide, the first long of each the key (0 marks an empty slot), linear probing; and a 64 KB bit
 * set of the keys present, small enough to stay in cache, that answers "unknown" for most of a sentence's n-grams
 * before the large table is touched.
 */
final class HashSlots {
  /** Bits of the known-key set; a {@code long[KNOWN_BITS / 64]}. */
  static final int KNOWN_BITS = 1 << 19;

  private HashSlots() {}

  /** A power of two at least twice {@code entries} (and at least 8): probes stay short. */
  static int capacity(int entries) {
    return Integer.highestOneBit(Math.max(4, entries * 2 + 1)) * 2;
  }

  /** 0 marks an empty slot, so a hash of 0 is stored under 1. */
  static long key(long hash) {
    return hash == 0 ? 1 : hash;
  }

  /** The slot holding {@code key}, or the empty slot where it would go. */
  static int probe(long[] table, int stride, int mask, long key) {
    int s = (int) (key ^ (key >>> 32)) & mask;
    while (true) {
      long k = table[s * stride];
      if (k == key || k == 0) return s;
      s = (s + 1) & mask;
    }
  }

  static void markKnown(long[] known, long key) {
    int bit = knownBit(key);
    known[bit >>> 6] |= 1L << bit;
  }

  /** False when the key is certainly absent. */
  static boolean mayBeKnown(long[] known, long key) {
    int bit = knownBit(key);
    return (known[bit >>> 6] & (1L << bit)) != 0;
  }

  /** High bits of the key, independent of the low ones that pick the slot. */
  private static int knownBit(long key) {
    return (int) (key >>> (64 - 19));
  }
}
