package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * The position of each of a fixed list of 64-bit hashes (a model's feature names, a table's words), found without
 * the strings they came from: open addressing with linear probing, at most half full. Built once at load; immutable,
 * so safe to share across threads.
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
    int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 + 1)) * 2;
    this.keys = new long[capacity];
    this.positions = new int[capacity];
    Arrays.fill(positions, -1);
    this.mask = capacity - 1;
    for (int p = 0; p < hashes.length; p++) {
      int s = slot(hashes[p]);
      if (positions[s] >= 0) throw new IllegalArgumentException(twice.apply(p));
      keys[s] = hashes[p];
      positions[s] = p;
    }
  }

  /** The slot holding {@code hash}, or the empty slot where it would go. */
  private int slot(long hash) {
    int s = (int) (hash ^ (hash >>> 32)) & mask;
    while (positions[s] >= 0 && keys[s] != hash) s = (s + 1) & mask;
    return s;
  }

  /** The position of {@code hash}, or -1 if it is not one of the list's. */
  int of(long hash) {
    return positions[slot(hash)];
  }
}
