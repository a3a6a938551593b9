package org.actorpulse.dedup;

import java.io.Serializable;

/**
 * A text to what near-duplicate detection keeps of it: its {@link Shingles} and one LSH key per band of their
 * {@link MinHasher MinHashes} ({@link BandKeys}). Immutable and thread-safe.
 */
public final class Sketcher implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Fixed, so that every run draws the same hash functions and a rerun finds the same clusters. */
  public static final long SEED = 20_170_925L;

  /** @param shingles sorted, distinct shingle hashes; never empty */
  public record Sketch(int[] shingles, long[] keys) {}

  private final NearDuplicateOptions options;
  private final MinHasher hasher;

  public Sketcher(NearDuplicateOptions options) {
    this.options = options;
    this.hasher = new MinHasher(SEED, options.numHashes());
  }

  /** The sketch of {@code text}; null when it has no word (nothing to compare: it stays a cluster of one). */
  public Sketch of(String text) {
    int[] s = Shingles.of(text, options.shingleWords());
    if (s.length == 0) return null;
    return new Sketch(s, BandKeys.of(hasher.hash(s), options.bands(), options.rowsPerBand()));
  }
}
