package org.actorpulse.dedup;

import java.io.Serializable;

/**
 * How near-duplicate articles are found and counted, from {@code actorpulse.dedup.near-duplicates}. Immutable.
 *
 * @param enabled      whether ingest looks for near-duplicates at all; off, every article is a cluster of one
 * @param countCopies  whether the actor tables count every copy of a cluster (true) or its representative only
 * @param shingleWords words per shingle
 * @param threshold    Jaccard similarity of two articles' shingle sets at or above which they are copies
 * @param bands        LSH bands: a pair becomes a candidate when all MinHashes of at least one band agree
 * @param rowsPerBand  MinHashes per band; Spark's {@code numHashTables} is {@code bands * rowsPerBand}
 */
public record NearDuplicateOptions(boolean enabled, boolean countCopies, int shingleWords, double threshold,
                                   int bands, int rowsPerBand) implements Serializable {
  public static final NearDuplicateOptions DEFAULTS = new NearDuplicateOptions(true, false, 5, 0.5, 20, 3);

  public NearDuplicateOptions {
    if (shingleWords < 1 || shingleWords > 20) {
      throw new IllegalArgumentException("shingle-words = " + shingleWords + ": expected 1..20, e.g. 5");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold = " + threshold + ": expected a Jaccard similarity in (0, 1], e.g. 0.5");
    }
    if (bands < 1 || rowsPerBand < 1 || (long) bands * rowsPerBand > 1000) {
      throw new IllegalArgumentException("bands = " + bands + ", rows-per-band = " + rowsPerBand
          + ": expected both >= 1 and at most 1000 MinHashes in all, e.g. 20 and 3");
    }
  }

  public int numHashes() {
    return bands * rowsPerBand;
  }

  /**
   * Chance that a pair of Jaccard similarity {@code j} shares a band and so gets compared at all:
   * {@code 1 - (1 - j^rows)^bands}.
   */
  public double candidateProbability(double j) {
    return 1 - Math.pow(1 - Math.pow(j, rowsPerBand), bands);
  }

  public NearDuplicateOptions withEnabled(boolean on) {
    return new NearDuplicateOptions(on, countCopies, shingleWords, threshold, bands, rowsPerBand);
  }

  public NearDuplicateOptions withCountCopies(boolean on) {
    return new NearDuplicateOptions(enabled, on, shingleWords, threshold, bands, rowsPerBand);
  }
}
