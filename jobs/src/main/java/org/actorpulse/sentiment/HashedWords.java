package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.Set;

/**
 * A small word set looked up by the word's {@link FeatureHash#token} hash, which a prepared sentence already holds
 * for every token: no string hashing, and the word itself is compared only on a hash match. Answers exactly as
 * {@code words.contains(word)}. Immutable; safe to share across threads.
 */
final class HashedWords implements Serializable {
  private static final long serialVersionUID = 1L;

  private final long[] keys;
  private final String[] words;
  private final int mask;

  HashedWords(Set<String> set) {
    int capacity = 4;
    while (capacity < set.size() * 4L) capacity <<= 1;
    mask = capacity - 1;
    keys = new long[capacity];
    words = new String[capacity];
    for (String w : set) {
      long h = FeatureHash.token(w);
      int s = slot(h);
      while (words[s] != null) s = (s + 1) & mask;
      keys[s] = h;
      words[s] = w;
    }
  }

  private int slot(long hash) {
    return (int) (hash ^ (hash >>> 32)) & mask;
  }

  /** Whether the set holds {@code word}, whose token hash is {@code hash}. */
  boolean contains(String word, long hash) {
    for (int s = slot(hash); words[s] != null; s = (s + 1) & mask) {
      if (keys[s] == hash && words[s].equals(word)) return true;
    }
    return false;
  }
}
