package org.actorpulse.dedup;

import java.util.Arrays;
import org.actorpulse.text.Tokens;

/**
 * A text's set of word shingles, hashed: what two copies of a story share. Words are maximal runs of letters or
 * digits, lower-cased per code point, so punctuation, spacing and case edits do not count as changes; a shingle is
 * {@code k} consecutive words. Each shingle is hashed to {@link #BITS} bits, wide enough that two 1,000-shingle
 * articles share a hash by chance with probability about 0.001. Stateless and thread-safe.
 */
public final class Shingles {
  public static final int BITS = 30;
  /** The number of distinct shingle hashes. */
  public static final int SPACE = 1 << BITS;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shingles() {}

  /**
   * The sorted, distinct shingle hashes of {@code text}. A text of fewer than {@code k} words is one shingle of all
   * its words; a text without words has none.
   */
  public static int[] of(String text, int k) {
    long[] words = wordHashes(text);
    if (words.length == 0) return new int[0];
    int n = Math.max(1, words.length - k + 1);
    int width = Math.min(k, words.length);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      long h = width;
      for (int j = 0; j < width; j++) h = h * 0x9E3779B97F4A7C15L + words[i + j];
      out[i] = (int) (mix(h) >>> (64 - BITS));
    }
    sort(out);
    return distinct(out);
  }

  /**
   * The 64-bit FNV-1a hash of each folded word, in text order. ASCII, nearly all of an English article, is judged by
   * {@link Tokens#isWordChar}'s table and lower-cased by arithmetic: calling {@link Character#isLetterOrDigit(int)}
   * and {@link Character#toLowerCase(int)} on every character was half of sketching a text. Other code points take
   * those calls, with the same result for ASCII.
   */
  static long[] wordHashes(String text) {
    int len = text.length();
    char[] cs = new char[len];
    text.getChars(0, len, cs, 0);
    long[] out = new long[16];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < len; ) {
      char c = cs[i];
      int folded;
      if (c < 0x80) {
        i++;
        folded = !Tokens.isWordChar(c) ? -1 : c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
      } else {
        int cp = Character.codePointAt(cs, i, len);
        i += Character.charCount(cp);
        folded = Character.isLetterOrDigit(cp) ? Character.toLowerCase(cp) : -1;
      }
      if (folded >= 0) {
        h = (h ^ folded) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        out[n++] = h;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      if (n == out.length) out = Arrays.copyOf(out, n + 1);
      out[n++] = h;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Sorts non-negative ints below {@link #SPACE} by four passes of a byte-wise radix sort: 5-7 µs for the ~700 hashes
   * of an article where {@link Arrays#sort(int[])} took 21-24 µs, a third of sketching a text (one thread).
   */
  static void sort(int[] a) {
    if (a.length < 64) {
      Arrays.sort(a);
      return;
    }
    int[] from = a;
    int[] to = new int[a.length];
    int[] count = new int[257];
    for (int shift = 0; shift < BITS; shift += 8) {
      Arrays.fill(count, 0);
      for (int x : from) count[((x >>> shift) & 0xFF) + 1]++;
      for (int b = 0; b < 256; b++) count[b + 1] += count[b];
      for (int x : from) to[count[(x >>> shift) & 0xFF]++] = x;
      int[] t = from;
      from = to;
      to = t;
    }
    if (from != a) System.arraycopy(from, 0, a, 0, a.length);
  }

  /** SplitMix64's finaliser: FNV and the polynomial above leave the high bits, which we keep, poorly mixed. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int[] distinct(int[] sorted) {
    if (sorted.length == 0) return sorted;
    int n = 1;
    for (int i = 1; i < sorted.length; i++) if (sorted[i] != sorted[n - 1]) sorted[n++] = sorted[i];
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
