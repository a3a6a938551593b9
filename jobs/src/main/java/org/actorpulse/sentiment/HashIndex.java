package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.function.IntFunction;

/**
 * The position of each of a fixed list of 64-bit hashes (a model's feature names, a table's words), found without
 * the strings they came from, in {@link HashSlots}' open addressing (so hashes 0 and 1 are one key). Built once at
 * load; immutable, so safe to share across threads.
 */
final class HashIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] keys;
  private final int[] positions;
  private final int mask;

  /**
   * @param hashes the hash at each position
   * @param twice what to say when the hash at a position was already taken by an earlier one
   */
  HashIndex(long[] hashes, IntFunction<String> twice) {
    int capacity = HashSlots.capacity(hashes.length);
    this.keys = new long[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
    for (int p = 0; p < hashes.length; p++) {
      long key = HashSlots.key(hashes[p]);
      int s = HashSlots.probe(keys, 1, mask, key);
      if (keys[s] == key) throw new IllegalArgumentException(twice.apply(p));
      keys[s] = key;
      positions[s] = p;
    }
  }

  /** The position of {@code hash}, or -1 if it is not one of the list's. */
  int of(long hash) {
    long key = HashSlots.key(hash);
    int s = HashSlots.probe(keys, 1, mask, key);
    return keys[s] == key ? positions[s] : -1;
  }
}
