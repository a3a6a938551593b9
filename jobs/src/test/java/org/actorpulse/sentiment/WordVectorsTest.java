package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordVectorsTest {
  static final Path SHIPPED = TestLexicons.HOME.resolve("conf/models/word-vectors.bin");

  /** Random vectors of {@code dims} for the words, weights falling with the word's index. */
  static WordVectors random(List<String> words, int dims, long seed) {
    Random random = new Random(seed);
    List<float[]> vectors = new ArrayList<>();
    float[] weights = new float[words.size()];
    for (int i = 0; i < words.size(); i++) {
      float[] v = new float[dims];
      for (int k = 0; k < dims; k++) v[k] = (float) random.nextGaussian();
      vectors.add(v);
      weights[i] = 1f / (1 + i % 3);
    }
    return WordVectors.quantize(words, weights, vectors);
  }

  @Test
  void quantizingKeepsEachValueWithinHalfAStep() {
    List<float[]> vectors = List.of(new float[] {0.5f, -2f, 0}, new float[] {-0.25f, 1f, 0});
    WordVectors v = WordVectors.quantize(List.of("a", "b"), new float[] {1, 0.5f}, vectors);
    float[] step = {0.5f / 127, 2f / 127, 1};
    for (int r = 0; r < 2; r++) {
      for (int k = 0; k < 3; k++) assertEquals(vectors.get(r)[k], v.value(r, k), step[k] / 2 + 1e-7, r + "," + k);
    }
    assertEquals(0.5f, v.weight(1));
  }

  @Test
  void writtenAndReadBackItIsTheSameTable(@TempDir Path dir) {
    WordVectors v = random(List.of("war", "peace", "café", "don't"), 8, 1);
    Path file = dir.resolve("v.bin");
    v.write(file);
    WordVectors read = WordVectors.read(file);
    assertEquals(v.fingerprint(), read.fingerprint());
    assertEquals(4, read.size());
    for (int r = 0; r < 4; r++) {
      assertEquals(v.word(r), read.word(r));
      assertEquals(v.weight(r), read.weight(r));
      for (int k = 0; k < 8; k++) assertEquals(v.value(r, k), read.value(r, k));
    }
  }

  @Test
  void aSentenceFindsItsWordsByTheHashesItAlreadyHolds() {
    WordVectors v = random(List.of("war", "café", "don't"), 4, 2);
    Sentence s = new TargetFeatures(TestLexicons.LEXICON).prepare("WAR in the Café? Don\u2019t.");
    assertEquals(v.row("war"), v.row(s.hash[0]));
    assertEquals(v.row("café"), v.row(s.hash[3]));
    assertEquals(v.row("don't"), v.row(s.hash[5]));
    assertEquals(-1, v.row(s.hash[1]));
  }

  @Test
  void anyChangeChangesTheFingerprint() {
    List<String> words = List.of("a", "b");
    WordVectors base = WordVectors.quantize(words, new float[] {1, 1}, List.of(new float[] {1, 0}, new float[] {0, 1}));
    assertNotEquals(base.fingerprint(), WordVectors.quantize(words, new float[] {1, 1},
        List.of(new float[] {1, 0}, new float[] {0, 0.5f})).fingerprint());
    assertNotEquals(base.fingerprint(), WordVectors.quantize(words, new float[] {1, 0.5f},
        List.of(new float[] {1, 0}, new float[] {0, 1})).fingerprint());
    assertNotEquals(base.fingerprint(), WordVectors.quantize(List.of("a", "c"), new float[] {1, 1},
        List.of(new float[] {1, 0}, new float[] {0, 1})).fingerprint());
  }

  @Test
  void aFileOfAnotherKindIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("v.bin");
    try (var out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
      out.writeUTF("APWV1");
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WordVectors.read(file));
    assertTrue(e.getMessage().contains("scripts/make-word-vectors"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> WordVectors.read(dir.resolve("none.bin")));
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void theShippedTableHoldsNewsWordsAndWeighsFrequentOnesLess() {
    WordVectors v = WordVectors.read(SHIPPED);
    assertTrue(v.size() > 30_000, "words " + v.size());
    for (String w : List.of("killed", "praised", "massacre", "ceasefire", "regime")) assertTrue(v.row(w) >= 0, w);
    assertTrue(v.weight(v.row("the")) < 0.1 * v.weight(v.row("massacre")));
  }
}
