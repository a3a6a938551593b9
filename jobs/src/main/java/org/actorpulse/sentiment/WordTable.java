package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the features need to know of a word, looked up once per token by its {@link FeatureHash#token} hash: its
 * lexicon valence and which of the closed word lists it is on ({@link Sentence}'s flag bits). One probe replaces a
 * lexicon lookup and a set lookup per list; the word itself is compared only on a hash match, so it answers exactly
 * as the lexicon and the sets do. Immutable; safe to share across threads.
 */
final class WordTable implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] keys;
  private final String[] words;
  private final float[] valence;
  private final int[] flags;
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
    int size = entries.size();
    for (String w : lists.keySet()) if (!entries.containsKey(w)) size++;
    int capacity = 4;
    while (capacity < size * 2L) capacity <<= 1;
    mask = capacity - 1;
    keys = new long[capacity];
    words = new String[capacity];
    valence = new float[capacity];
    flags = new int[capacity];
    for (String w : lists.keySet()) entries.computeIfAbsent(w, k -> new float[2]);
    for (Map.Entry<String, float[]> e : entries.entrySet()) {
      String w = e.getKey();
      int s = slot(FeatureHash.token(w));
      while (words[s] != null) s = (s + 1) & mask;
      keys[s] = FeatureHash.token(w);
      words[s] = w;
      valence[s] = e.getValue()[0];
      flags[s] = lists.getOrDefault(w, 0);
    }
  }

  private static void mark(Map<String, Integer> lists, Set<String> words, int flag) {
    for (String w : words) lists.merge(w, flag, (a, b) -> a | b);
  }

  private int slot(long hash) {
    return (int) (hash ^ (hash >>> 32)) & mask;
  }

  /**
   * The slot of the word {@code text[begin, end)} lower-cased (ASCII only: callers pass other words as
   * {@code word}), or -1. {@code word}, when not null, is the word itself and is compared instead.
   */
  int find(String text, int begin, int end, String word, long hash) {
    for (int s = slot(hash); words[s] != null; s = (s + 1) & mask) {
      if (keys[s] == hash && (word != null ? words[s].equals(word) : sameAscii(words[s], text, begin, end))) return s;
    }
    return -1;
  }

  private static boolean sameAscii(String word, String text, int begin, int end) {
    if (word.length() != end - begin) return false;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      if (word.charAt(i - begin) != c) return false;
    }
    return true;
  }

  float valence(int slot) {
    return slot < 0 ? 0f : valence[slot];
  }

  int flags(int slot) {
    return slot < 0 ? 0 : flags[slot];
  }
}
