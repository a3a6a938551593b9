package org.actorpulse.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void caseSpacingAndPunctuationAreNotEdits() {
    assertArrayEquals(Shingles.of("The SDF seized the Conoco gas field, east of the river.", 5),
        Shingles.of("the sdf  seized the\nConoco gas field east of the river", 5));
  }

  @Test
  void aWordChangedChangesTheShinglesHoldingIt() {
    int[] a = Shingles.of("one two three four five six seven eight nine ten eleven twelve", 5);
    int[] b = Shingles.of("one two three four five SIX7 seven eight nine ten eleven twelve", 5);
    assertEquals(8, a.length);
    assertEquals(8 - 5, countCommon(a, b), "the five shingles holding the sixth word change, the others stay");
  }

  @Test
  void hashesAreSortedDistinctAndWithinTheVectorSpace() {
    int[] s = Shingles.of("a b c d e a b c d e a b c d e f", 5);
    assertEquals(6, s.length, "five distinct shingles repeated, then one more");
    for (int i = 0; i < s.length; i++) {
      assertTrue(s[i] >= 0 && s[i] < Shingles.SPACE);
      if (i > 0) assertTrue(s[i - 1] < s[i]);
    }
  }

  @Test
  void shortTextsAreOneShingleAndTextsWithoutWordsNone() {
    assertEquals(1, Shingles.of("Russia denies it.", 5).length);
    assertEquals(0, Shingles.of(" -- … ", 5).length);
    assertNotEquals(Shingles.of("Russia denies it.", 5)[0], Shingles.of("Russia denies", 5)[0]);
  }

  @Test
  void lettersOutsideAsciiAreWords() {
    assertArrayEquals(Shingles.of("Président Erdoğan a dit ÇA", 2), Shingles.of("président erdoğan a dit ça", 2));
    assertEquals(4, Shingles.of("Président Erdoğan a dit ça", 2).length);
  }

  @Test
  void asciiIsFoldedAsTheCharacterCallsDo() {
    String alphabet = "aZ09 _-.,'\n\t\u00e9\u00c9\u00aa\u00b2\u0130\u03a3\u0660\u00a0\u2019\ud835\udc00\ud800x";
    Random random = new Random(7);
    for (int t = 0; t < 2_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      assertArrayEquals(wordHashesPerCodePoint(text.toString()), Shingles.wordHashes(text.toString()), text::toString);
    }
  }

  /** Every code point through {@link Character}'s calls: what {@link Shingles#wordHashes} must equal. */
  private static long[] wordHashesPerCodePoint(String text) {
    long[] out = new long[text.length() + 1];
    int n = 0;
    long h = 0xcbf29ce484222325L;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        h = (h ^ Character.toLowerCase(cp)) * 0x100000001b3L;
        inWord = true;
      } else if (inWord) {
        out[n++] = h;
        h = 0xcbf29ce484222325L;
        inWord = false;
      }
    }
    if (inWord) out[n++] = h;
    return Arrays.copyOf(out, n);
  }

  @Test
  void jaccardCountsSharedOverAll() {
    assertEquals(0.5, Jaccard.of(new int[] {1, 2, 3}, new int[] {2, 3, 4}), 1e-12);
    assertEquals(1.0, Jaccard.of(new int[] {5}, new int[] {5}), 1e-12);
    assertEquals(0.0, Jaccard.of(new int[0], new int[0]), 1e-12);
    assertEquals(0.0, Jaccard.of(new int[] {1}, new int[] {2}), 1e-12);
  }

  @Test
  void bandKeysAgreeExactlyWhenTheirBandDoes() {
    long[] a = BandKeys.of(new long[] {1, 2, 3, 4, 5, 6}, 2, 3);
    long[] b = BandKeys.of(new long[] {1, 2, 3, 4, 5, 7}, 2, 3);
    long[] swapped = BandKeys.of(new long[] {4, 5, 6, 1, 2, 3}, 2, 3);
    assertEquals(a[0], b[0]);
    assertNotEquals(a[1], b[1]);
    assertNotEquals(a[0], swapped[1], "the same values in another band are another key");
    assertThrows(IllegalArgumentException.class, () -> BandKeys.of(new long[5], 2, 3));
  }

  @Test
  void optionsRejectValuesThatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateOptions(true, false, 0, 0.5, 20, 3));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateOptions(true, false, 5, 0, 20, 3));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateOptions(true, false, 5, 1.5, 20, 3));
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicateOptions(true, false, 5, 0.5, 500, 3));
    NearDuplicateOptions o = NearDuplicateOptions.DEFAULTS;
    assertEquals(60, o.numHashes());
    assertTrue(o.candidateProbability(0.5) > 0.9 && o.candidateProbability(0.1) < 0.05,
        o.candidateProbability(0.5) + " " + o.candidateProbability(0.1));
    assertEquals(List.of(true, false), List.of(o.enabled(), o.countCopies()));
  }

  private static int countCommon(int[] a, int[] b) {
    int n = 0;
    for (int x : a) for (int y : b) if (x == y) n++;
    return n;
  }

  @Test
  void theRadixSortSortsAsArraysSortDoes() {
    Random r = new Random(3);
    for (int n : new int[] {0, 1, 63, 64, 65, 700, 5_000}) {
      int[] a = r.ints(n, 0, Shingles.SPACE).toArray();
      if (n > 100) a[7] = a[8] = a[9] = Shingles.SPACE - 1;
      int[] expected = a.clone();
      Arrays.sort(expected);
      Shingles.sort(a);
      assertArrayEquals(expected, a, n + " values");
    }
  }
}
