package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmbeddingViewTest {
  private static final TargetFeatures FEATURES = new TargetFeatures(TestLexicons.LEXICON);
  private static final List<String> SENTENCES = List.of(
      "Rebels shelled the village, and the army said it would strike back.",
      "The SDF accused Russia of supporting ISIS near Deir Ezzor.",
      "Voters praised the honest mayor; critics called him weak.",
      "Nothing.");

  private static List<String> words() {
    List<String> words = new ArrayList<>();
    for (String s : SENTENCES) {
      for (Token t : Tokenizer.tokenize(s)) if (!t.isPunctuation() && !words.contains(t.text())) words.add(t.text());
    }
    words.remove("army"); // a word without a vector
    return words;
  }

  private static EmbeddingView randomView(WordVectors vectors, long seed) {
    Random random = new Random(seed);
    int width = EmbeddingView.width(vectors);
    double[] mean = new double[width];
    double[] std = new double[width];
    double[] weights = new double[width * 3];
    for (int j = 0; j < width; j++) {
      mean[j] = random.nextGaussian() * 0.1;
      std[j] = 0.5 + random.nextDouble();
    }
    for (int j = 0; j < weights.length; j++) weights[j] = random.nextGaussian();
    return new EmbeddingView(vectors, mean, std, weights, new double[] {0.1, -0.2, 0.3});
  }

  @Test
  void wordProjectionsScoreAsTheStraightforwardRegressionOnEverySpan() {
    WordVectors vectors = WordVectorsTest.random(words(), 6, 3);
    EmbeddingView view = randomView(vectors, 4);
    int checked = 0;
    for (String text : SENTENCES) {
      Sentence s = FEATURES.prepare(text);
      EmbeddingView.Context context = view.prepare(s);
      for (int first = 0; first < s.size(); first++) {
        for (int last = first; last < Math.min(s.size(), first + 3); last++) {
          TargetSpan t = new TargetSpan(first, last);
          double[] fast = new double[3];
          view.logits(context, t, fast);
          assertArrayEquals(view.referenceLogits(s, t), fast, 1e-12, text + " " + t);
          checked++;
        }
      }
    }
    assertTrue(checked > 60, "checked " + checked);
  }

  @Test
  void blocksAverageTheSentenceTheWindowsAndTheClauseByWeight() {
    // one-hot vectors, so each block's average reads off as the weights of its words
    List<String> words = List.of("a", "b", "c", "d", "e");
    List<float[]> onehot = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      float[] v = new float[words.size()];
      v[i] = 1;
      onehot.add(v);
    }
    WordVectors vectors = WordVectors.quantize(words, new float[] {1, 1, 1, 1, 0.5f}, onehot);
    Sentence s = FEATURES.prepare("a b , T c d e");
    double[] x = EmbeddingView.features(vectors, s, s.locate(6, 7));
    int d = words.size();
    // distances: b 2 (the comma between), a 3; c 1, d 2, e 3; e weighs 0.5
    double at2 = 1 / (1 + EmbeddingView.DECAY);
    double at3 = 1 / (1 + 2 * EmbeddingView.DECAY);
    double right = 1 + at2 + 0.5 * at3;
    double[][] expected = {
        {1 / 4.5, 1 / 4.5, 1 / 4.5, 1 / 4.5, 0.5 / 4.5},                         // A: all but the target
        {at3 / (at3 + at2), at2 / (at3 + at2), 0, 0, 0},                          // L6
        {0, 0, 1 / right, at2 / right, 0.5 * at3 / right},                        // R6
        {0, 0, 0, 0, 0},                                                           // CL: the comma ends the clause
        {0, 0, 1 / 2.5, 1 / 2.5, 0.5 / 2.5}};                                      // CR
    for (int b = 0; b < expected.length; b++) {
      for (int k = 0; k < d; k++) {
        assertEquals(expected[b][k], x[b * d + k], 1e-9, EmbeddingView.BLOCKS.get(b) + " " + words.get(k));
      }
    }
  }

  @Test
  void theTargetsOwnWordsNeverCount() {
    WordVectors vectors = WordVectorsTest.random(List.of("rebels", "shelled", "the", "village", "killer", "mayor"), 5, 5);
    EmbeddingView view = randomView(vectors, 6);
    Sentence a = FEATURES.prepare("Rebels shelled the village of Murphy.");
    Sentence b = FEATURES.prepare("Rebels shelled the village of killer mayor.");
    assertArrayEquals(view.referenceLogits(a, new TargetSpan(5, 5)), view.referenceLogits(b, new TargetSpan(5, 6)), 1e-12);
  }

  @Test
  void explanationsNameEachWordByBlockAndAddUpToTheLogits() {
    WordVectors vectors = WordVectorsTest.random(words(), 6, 7);
    EmbeddingView view = randomView(vectors, 8);
    Sentence s = FEATURES.prepare(SENTENCES.get(1));
    TargetSpan russia = new TargetSpan(3, 3);
    Map<String, Double> pushes = new LinkedHashMap<>();
    view.explain(s, russia, (name, push) -> pushes.merge(name, push, Double::sum));
    assertTrue(pushes.containsKey("eL6:accused") && pushes.containsKey("eA:isis"), pushes.toString());
    assertTrue(pushes.keySet().stream().noneMatch(n -> n.endsWith(":russia")), pushes.toString());
    double[] z = view.referenceLogits(s, russia);
    double[] empty = new double[3];
    view.logits(view.prepare(FEATURES.prepare(". .")), new TargetSpan(1, 1), empty); // no word, no role
    double sum = pushes.values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(z[2] - z[0] - (empty[2] - empty[0]), sum, 1e-9);
  }
}
