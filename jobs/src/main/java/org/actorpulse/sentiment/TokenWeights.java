package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of the model's word and bigram features ({@code w:}, {@code b:}, the windows {@code L5:} to
 * {@code R12:}, the clause {@code CL:}/{@code CR:} and {@code t2:}) keyed by the words alone, every kind and view of
 * one word (or bigram) in one entry. A sentence's tokens are looked up once, whatever the number of its targets and
 * of the windows each token falls in: the same word as {@code w:}, {@code L3:}, {@code L5:}, {@code L6:},
 * {@code L10:} and {@code L12:} cost six probes into a table far larger than the cache when looked up by feature,
 * and those misses were most of the model's scoring time.
 *
 * <p>An entry holds a bit set of its columns (a column is one kind as read by one view) and the offset of their
 * three class weights, stored in column order. Immutable after construction; safe to share across threads.
 */
final class TokenWeights implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Kinds whose features are one word, and kinds whose features are a bigram (the window kinds are both). */
  static final int[] UNIGRAM_KINDS = {TargetFeatures.W, TargetFeatures.L5, TargetFeatures.R5, TargetFeatures.L10,
      TargetFeatures.R10, TargetFeatures.L3, TargetFeatures.R3, TargetFeatures.L6, TargetFeatures.R6,
      TargetFeatures.L12, TargetFeatures.R12, TargetFeatures.CL, TargetFeatures.CR};
  static final int[] BIGRAM_KINDS = {TargetFeatures.B, TargetFeatures.L3, TargetFeatures.R3, TargetFeatures.L6,
      TargetFeatures.R6, TargetFeatures.L12, TargetFeatures.R12, TargetFeatures.T2};

  private static final long UNIGRAM_SEED = FeatureHash.token("unigram");
  private static final long BIGRAM_SEED = FeatureHash.token("bigram");
  private static final int STRIDE = 2;

  /** Per kind and view, the column of a unigram (bigram) entry, or -1. */
  private final int[][] uniColumn = new int[TargetFeatures.KINDS][];
  private final int[][] biColumn = new int[TargetFeatures.KINDS][];
  /**
   * Slots of two longs: the key (0 is empty), then the entry's column bits (low 32) and the offset of its weights
   * (high 32). Two longs rather than three keep the table in the cache's reach: 17,344 entries in 512 KB.
   */
  private final long[] table;
  private final int mask;
  private final long[] known = new long[HashSlots.KNOWN_BITS / 64];
  private final float[] weights;

  TokenWeights(List<ModelScorer.View> views, boolean[][] on) {
    int uniColumns = columns(UNIGRAM_KINDS, on, uniColumn);
    int biColumns = columns(BIGRAM_KINDS, on, biColumn);
    if (uniColumns > 32 || biColumns > 32) throw new IllegalStateException("more than 32 columns");
    // base key -> (column -> weights), with the words, to catch two spellings hashing alike
    Map<Long, Map<Integer, float[]>> entries = new LinkedHashMap<>();
    Map<Long, String> spelled = new LinkedHashMap<>();
    for (int v = 0; v < views.size(); v++) {
      LinearModel m = views.get(v).model();
      for (int f = 0; f < m.size(); f++) {
        String name = m.name(f);
        int colon = name.indexOf(':');
        int kind = TargetFeatures.kind(name.substring(0, colon + 1));
        String[] parts = name.substring(colon + 1).split(" ", -1);
        long key;
        int column;
        if (parts.length == 1 && uniColumn[kind] != null && uniColumn[kind][v] >= 0) {
          key = unigram(FeatureHash.token(parts[0]));
          column = uniColumn[kind][v];
        } else if (parts.length == 2 && biColumn[kind] != null && biColumn[kind][v] >= 0) {
          key = bigram(FeatureHash.token(parts[0]), FeatureHash.token(parts[1]));
          column = biColumn[kind][v];
        } else {
          continue;
        }
        String words = parts.length + " " + String.join(" ", parts);
        String before = spelled.putIfAbsent(key, words);
        if (before != null && !before.equals(words)) {
          throw new IllegalStateException("features " + before + " and " + words + " hash alike");
        }
        float[] w = new float[LinearModel.CLASSES];
        for (int c = 0; c < w.length; c++) w[c] = m.weight(f, c);
        entries.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(column, w);
      }
    }
    int capacity = 4;
    while (capacity < entries.size() * 3L / 2 + 1) capacity <<= 1;
    this.mask = capacity - 1;
    this.table = new long[capacity * STRIDE];
    List<float[]> flat = new ArrayList<>();
    int offset = 0;
    for (Map.Entry<Long, Map<Integer, float[]>> e : entries.entrySet()) {
      long key = e.getKey();
      int s = HashSlots.probe(table, STRIDE, mask, key);
      long bits = 0;
      for (int column : e.getValue().keySet()) bits |= 1L << column;
      table[s * STRIDE] = key;
      table[s * STRIDE + 1] = bits | (long) offset << 32;
      for (int column = 0; column < 32; column++) {
        if ((bits & (1L << column)) != 0) {
          flat.add(e.getValue().get(column));
          offset += LinearModel.CLASSES;
        }
      }
      HashSlots.markKnown(known, key);
    }
    this.weights = new float[offset];
    for (int i = 0; i < flat.size(); i++) System.arraycopy(flat.get(i), 0, weights, i * LinearModel.CLASSES, 3);
  }

  /** Numbers the (kind, view) pairs the views read, kind-major; returns how many. */
  private static int columns(int[] kinds, boolean[][] on, int[][] column) {
    int n = 0;
    for (int kind : kinds) {
      column[kind] = new int[on.length];
      for (int v = 0; v < on.length; v++) column[kind][v] = on[v][kind] ? n++ : -1;
    }
    return n;
  }

  /** The key of the one-word features of a token with this {@link FeatureHash#token} hash. */
  static long unigram(long token) {
    return HashSlots.key(FeatureHash.of(UNIGRAM_SEED, token));
  }

  static long bigram(long a, long b) {
    return HashSlots.key(FeatureHash.of(BIGRAM_SEED, a, b));
  }

  /**
   * The entry of a key from {@link #unigram} or {@link #bigram}: its column bits (low 32) and weights offset (high
   * 32), or 0 (no columns) if the model has none.
   */
  long find(long key) {
    if (!HashSlots.mayBeKnown(known, key)) return 0;
    int s = HashSlots.probe(table, STRIDE, mask, key);
    return table[s * STRIDE] == key ? table[s * STRIDE + 1] : 0;
  }

  /** Per view, the column of {@code kind} in unigram entries, -1 where the view does not read it. */
  int[] uniColumns(int kind) {
    return uniColumn[kind];
  }

  int[] biColumns(int kind) {
    return biColumn[kind];
  }

  /**
   * Adds {@code sign} times the weights in {@code column} of the entries {@code entries[from..to)} to
   * {@code z[at..at + 2]}. Sums in locals: adding into the array entry by entry chains every addition through a
   * store and a load.
   */
  void add(long[] entries, int from, int to, int column, double[] z, int at, double sign) {
    if (column < 0 || from >= to) return;
    int bit = 1 << column;
    double a0 = 0;
    double a1 = 0;
    double a2 = 0;
    for (int i = from; i < to; i++) {
      long entry = entries[i];
      int bits = (int) entry;
      if ((bits & bit) == 0) continue;
      int w = (int) (entry >>> 32) + LinearModel.CLASSES * Integer.bitCount(bits & (bit - 1));
      a0 += weights[w];
      a1 += weights[w + 1];
      a2 += weights[w + 2];
    }
    z[at] += sign * a0;
    z[at + 1] += sign * a1;
    z[at + 2] += sign * a2;
  }

  /**
   * Adds the weights of one entry in each column of {@code columns} it has to {@code z[view[c]][at[c]..at[c] + 2]}:
   * one entry read for every window it falls in.
   */
  void addColumns(long entry, int columns, int[] view, int[] at, double[][] z) {
    int bits = (int) entry;
    int hit = bits & columns;
    int base = (int) (entry >>> 32);
    while (hit != 0) {
      int c = Integer.numberOfTrailingZeros(hit);
      hit &= hit - 1;
      int w = base + LinearModel.CLASSES * Integer.bitCount(bits & ((1 << c) - 1));
      double[] zv = z[view[c]];
      int a = at[c];
      zv[a] += weights[w];
      zv[a + 1] += weights[w + 1];
      zv[a + 2] += weights[w + 2];
    }
  }

  /** The same for one entry. */
  void add(long entry, int column, double[] z, int at, double sign) {
    int bits = (int) entry;
    if (column < 0 || (bits & (1 << column)) == 0) return;
    int w = (int) (entry >>> 32) + LinearModel.CLASSES * Integer.bitCount(bits & ((1 << column) - 1));
    z[at] += sign * weights[w];
    z[at + 1] += sign * weights[w + 1];
    z[at + 2] += sign * weights[w + 2];
  }
}
