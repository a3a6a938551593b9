package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Holds the scorer's fast path (sentence prepared once, word and bigram weights looked up per token, sentence-wide
 * sums corrected per target) to the straightforward one (every extracted feature looked up in each view's model):
 * the same probabilities to 1e-12 and the same classes, target by target and with every target of a sentence at once.
 */
class ModelScorerFastPathTest {
  private static final Path DEV = Path.of("../../shared/data/newsmtsc/dev.jsonl");
  private static final ModelScorer SHIPPED =
      ModelFile.read(TestLexicons.HOME.resolve("conf/models/sentiment-model.json"), TestLexicons.LEXICON);

  /** Checks every target one by one and all at once through scoreAll; returns how many were checked. */
  private static int assertSameAsStraightforward(ModelScorer scorer, String sentence, int[] begins, int[] ends) {
    double[] together = new double[begins.length];
    scorer.scoreAll(sentence, begins, ends, together);
    for (int i = 0; i < begins.length; i++) {
      String where = "[" + begins[i] + ", " + ends[i] + ") of: " + sentence;
      double[] reference = scorer.referenceProbabilities(sentence, begins[i], ends[i]);
      double[] fast = scorer.probabilities(sentence, begins[i], ends[i]);
      for (int k = 0; k < 3; k++) assertEquals(reference[k], fast[k], 1e-12, where);
      assertEquals(reference[2] - reference[0], together[i], 1e-12, where);
      assertEquals(reference[2] - reference[0], scorer.score(sentence, begins[i], ends[i]), 1e-12, where);
      assertEquals(scorer.decision().classify(reference), scorer.classify(sentence, begins[i], ends[i]), where);
    }
    return begins.length;
  }

  /** Every token as a target, every pair and triple of adjacent tokens too, all scored at once. */
  private static int assertEverySpan(ModelScorer scorer, String sentence) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int len = 1; len <= 3 && i + len <= tokens.size(); len++) {
        spans.add(new int[] {tokens.get(i).begin(), tokens.get(i + len - 1).end()});
      }
    }
    if (spans.isEmpty()) return 0;
    return assertSameAsStraightforward(scorer, sentence, spans.stream().mapToInt(s -> s[0]).toArray(),
        spans.stream().mapToInt(s -> s[1]).toArray());
  }

  @Test
  void everyDevTargetScoresAsTheStraightforwardWay() {
    Assumptions.assumeTrue(Files.isRegularFile(DEV), "NewsMTSC dev split not on this machine");
    Map<String, List<LabeledTarget>> bySentence = new LinkedHashMap<>();
    for (LabeledTarget t : LabeledTarget.readJsonl(DEV)) {
      bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
    }
    int checked = 0;
    for (Map.Entry<String, List<LabeledTarget>> e : bySentence.entrySet()) {
      checked += assertSameAsStraightforward(SHIPPED, e.getKey(),
          e.getValue().stream().mapToInt(LabeledTarget::begin).toArray(),
          e.getValue().stream().mapToInt(LabeledTarget::end).toArray());
    }
    assertEquals(343, checked);
  }

  @Test
  void everySpanOfTheDevSentencesScoresAsTheStraightforwardWay() {
    Assumptions.assumeTrue(Files.isRegularFile(DEV), "NewsMTSC dev split not on this machine");
    int checked = 0;
    for (String sentence : LabeledTarget.readJsonl(DEV).stream().map(LabeledTarget::sentence).distinct().toList()) {
      checked += assertEverySpan(SHIPPED, sentence);
    }
    assertTrue(checked > 10_000, "checked " + checked);
  }

  private static final String[] HARD = {
      "Smith praised Jones, Garcia and Lee, but Brown said Khan lied.",
      "Smith",
      "Smith Jones",
      "\"Smith is a corrupt liar,\" Jones said of Smith.",
      "Critics blasted Murphy as a corrupt liar and Murphy denied it; Murphy's lawyer, however, was not happy.",
      "It was not a good day for Smith, who was accused by Jones of fraud but praised by Lee",
      "!",
      "   Smith   ",
      "Smith-Jones and O'Brien – the duo – won\u2019t quit, said Khan.",
  };

  @Test
  void multiMentionSentencesScoreAsTheStraightforwardWay() {
    int checked = 0;
    for (String sentence : HARD) checked += assertEverySpan(SHIPPED, sentence);
    // targets whose offsets fall between tokens are pinned to the next token
    checked += assertSameAsStraightforward(SHIPPED, "   Smith   ", new int[] {0, 8, 1}, new int[] {1, 11, 11});
    assertTrue(checked > 200, "checked " + checked);
  }

  @Test
  void aModelReadingEveryKindScoresAsTheStraightforwardWay() {
    List<String> all = List.of(TargetFeatures.PREFIXES).stream().map(p -> p.substring(0, p.length() - 1)).toList();
    ModelTrainer.Options options = new ModelTrainer.Options(1, 1e-3, 60, 7L, 2,
        List.of(all, List.of("L3", "b", "t2", "CR"), List.of("w", "R12", "lexc")), 0, true);
    List<LabeledTarget> rows = new ArrayList<>();
    String[] sentences = {"Critics blasted Smith as a corrupt liar.", "Fans cheered the brilliant Jones.",
        "Lee met the delegation in Rome.", "Police arrested Khan after the brutal attack.",
        "Voters admire Novak for her honest work, but Rossi said Novak lied."};
    int[] labels = {-1, 1, 0, -1, 1};
    for (int i = 0; i < sentences.length; i++) {
      for (String name : new String[] {"Smith", "Jones", "Lee", "Khan", "Novak"}) {
        int b = sentences[i].indexOf(name);
        if (b >= 0) rows.add(new LabeledTarget(i + name, sentences[i], name, b, b + name.length(), labels[i]));
      }
    }
    ModelScorer scorer = new ModelTrainer(new TargetFeatures(TestLexicons.LEXICON), options).train(rows).scorer();
    int checked = 0;
    for (String s : sentences) checked += assertEverySpan(scorer, s);
    for (String s : HARD) checked += assertEverySpan(scorer, s);
    assertTrue(checked > 300, "checked " + checked);
  }
}
