package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the features need to know of a word, looked up once per token by its {@link FeatureHash#token} hash: its
 * lexicon valence and which of the closed word lists it is on ({@link Sentence}'s flag bits). One probe replaces a
 * lexicon lookup and a set lookup per list. A word is known by its 64-bit hash alone, as the model's features are
 * ({@link TokenWeights}): the table refuses two words that hash alike, and a word outside it matching one inside by
 * chance is as likely as two random 64-bit numbers being equal. Slots are two longs, key and value, so a probe
 * touches one cache line rather than a key, a string and its characters. Immutable; safe to share across threads.
 */
final class WordTable implements Serializable {
  private static final long serialVersionUID = 2L;
  private static final int STRIDE = 2;

  /** Per slot: the key ({@link HashSlots#key} of the word's hash; 0 is empty), then valence bits (low) and flags. */
  private final long[] table;
  private final int mask;

  WordTable(Lexicon lexicon) {
    Map<String, float[]> entries = new LinkedHashMap<>(); // word -> {valence, flags}
    lexicon.forEach((w, v) -> entries.computeIfAbsent(w, k -> new float[2])[0] = v);
    Map<String, Integer> lists = new LinkedHashMap<>();
    mark(lists, WordLists.NEGATORS, Sentence.NEGATOR);
    mark(lists, WordLists.SPEECH_VERBS, Sentence.SPEECH);
    mark(lists, WordLists.DIRECTED_VERBS, Sentence.DIRECTED);
    mark(lists, WordLists.PASSIVE_AUXILIARIES, Sentence.PASSIVE_AUX);
    mark(lists, WordLists.ACCUSATIONS, Sentence.ACCUSATION);
    mark(lists, TargetFeatures.CLAUSE_WORDS, Sentence.EDGE);
    mark(lists, Set.of("according"), Sentence.ACCORDING);
    for (String w : lists.keySet()) entries.computeIfAbsent(w, k -> new float[2]);
    int capacity = 4;
    while (capacity < entries.size() * 3L / 2 + 1) capacity <<= 1;
    mask = capacity - 1;
    table = new long[capacity * STRIDE];
    Map<Long, String> spelled = new LinkedHashMap<>();
    for (Map.Entry<String, float[]> e : entries.entrySet()) {
      String w = e.getKey();
      long key = HashSlots.key(FeatureHash.token(w));
      String before = spelled.putIfAbsent(key, w);
      if (before != null) throw new IllegalStateException("words " + before + " and " + w + " hash alike");
      int s = HashSlots.probe(table, STRIDE, mask, key);
      table[s * STRIDE] = key;
      table[s * STRIDE + 1] = (Float.floatToRawIntBits(e.getValue()[0]) & 0xffffffffL)
          | (long) lists.getOrDefault(w, 0) << 32;
    }
  }

  private static void mark(Map<String, Integer> lists, Set<String> words, int flag) {
    for (String w : words) lists.merge(w, flag, (a, b) -> a | b);
  }

  /** The valence (low 32 bits, as float bits) and flags (high 32) of the word with this token hash; 0 if unknown. */
  long find(long hash) {
    long key = HashSlots.key(hash);
    int s = HashSlots.probe(table, STRIDE, mask, key);
    return table[s * STRIDE] == key ? table[s * STRIDE + 1] : 0;
  }

  static float valence(long entry) {
    return Float.intBitsToFloat((int) entry);
  }

  static int flags(long entry) {
    return (int) (entry >>> 32);
  }
}
