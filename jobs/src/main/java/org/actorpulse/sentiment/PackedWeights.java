package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.List;

/**
 * The weights of all views of a model in one open-addressing table of longs: each slot holds a feature's hash and,
 * right after it, its three class weights in every view, two floats to a long. Scoring probes once per feature and
 * finds everything it needs in the same cache line or two; with a separate table per view, a probe into keys,
 * then slots, then weights cost three cache misses per view, and those misses were most of the model's time. Many
 * of a news sentence's n-grams are unknown to the model: a 64 KB bit set of the known hashes (small enough to stay
 * in cache) turns most of them away before they cost a miss in the table. {@link ModelScorer} keeps here only the
 * features {@link TokenWeights} does not hold (lexicon counts and buckets, roles, {@code t3:}, ...): a small table.
 * Immutable after construction; safe to share across threads.
 */
final class PackedWeights implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int views;
  private final int stride;
  private final int mask;
  private final long[] table;
  private final long[] known = new long[HashSlots.KNOWN_BITS / 64];

  PackedWeights(List<LinearModel> models) {
    this.views = models.size();
    this.stride = 1 + (3 * views + 1) / 2;
    int distinct = 0;
    for (LinearModel m : models) distinct += m.size();
    int capacity = HashSlots.capacity(distinct);
    this.mask = capacity - 1;
    this.table = new long[capacity * stride];
    for (int v = 0; v < views; v++) {
      LinearModel m = models.get(v);
      for (int f = 0; f < m.size(); f++) {
        long h = HashSlots.key(m.hash(f));
        int s = HashSlots.probe(table, stride, mask, h);
        table[s * stride] = h;
        HashSlots.markKnown(known, h);
        for (int c = 0; c < LinearModel.CLASSES; c++) set(s, v * LinearModel.CLASSES + c, m.weight(f, c));
      }
    }
  }

  /** The base index of the feature's weights for {@link #weight}, or -1 if no view knows it. */
  int find(long hash) {
    long h = HashSlots.key(hash);
    if (!HashSlots.mayBeKnown(known, h)) return -1;
    int s = HashSlots.probe(table, stride, mask, h);
    return table[s * stride] == h ? s * stride : -1;
  }

  /** The weight of class {@code cls} in view {@code view} at a base index from {@link #find}. */
  float weight(int base, int view, int cls) {
    int i = view * LinearModel.CLASSES + cls;
    long packed = table[base + 1 + (i >> 1)];
    return Float.intBitsToFloat((i & 1) == 0 ? (int) packed : (int) (packed >>> 32));
  }

  private void set(int slot, int i, float w) {
    int at = slot * stride + 1 + (i >> 1);
    long bits = Float.floatToRawIntBits(w) & 0xffffffffL;
    table[at] = (i & 1) == 0 ? (table[at] & 0xffffffff00000000L) | bits : (table[at] & 0xffffffffL) | (bits << 32);
  }

  int views() {
    return views;
  }
}
