package org.actorpulse.dedup;

/**
 * LSH banding over MinHash values: band {@code i} is the {@code rows} values from {@code i * rows}, hashed to one
 * key with the band's index, so two articles share a key only if they agree on every MinHash of that band (up to
 * 64-bit collisions). ANDing within a band and ORing across bands is what makes similar pairs likely candidates
 * and dissimilar ones unlikely; Spark's MinHashLSH alone only ORs single MinHashes.
 */
public final class BandKeys {
  private BandKeys() {}

  /** @param minHashes {@code bands * rows} MinHash values, in the order of the hash functions */
  public static long[] of(long[] minHashes, int bands, int rows) {
    if (minHashes.length != (long) bands * rows) {
      throw new IllegalArgumentException(minHashes.length + " MinHashes for " + bands + " bands of " + rows);
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = 0x9E3779B97F4A7C15L * (b + 1);
      for (int r = 0; r < rows; r++) h = mix(h ^ minHashes[b * rows + r]);
      keys[b] = h;
    }
    return keys;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
