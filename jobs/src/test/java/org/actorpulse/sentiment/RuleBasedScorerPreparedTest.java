package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Holds the rule scorer, which prepares each sentence once for all its targets, to the straightforward per-target
 * loop it replaced ({@link StraightforwardRules}): bit for bit the same scores, one target at a time and all at once.
 */
class RuleBasedScorerPreparedTest {
  private static final Path DEV = Path.of("../../shared/data/newsmtsc/dev.jsonl");
  private static final List<RuleBasedScorer.Parameters> PARAMETERS = List.of(RuleBasedScorer.Parameters.DEFAULTS,
      // every knob away from 1 and 0, so none of them can hide a difference
      new RuleBasedScorer.Parameters(6, 6, -0.74, 0.3, 0.3, 0.8, 0.7, 0.5, 1.5, 4, new PolarityThresholds(-0.1, 0.1)));
  private static final String[] HARD = {
      "Smith praised Jones, Garcia and Lee, but Brown said Khan lied.",
      "\"Smith is not a very corrupt liar,\" Jones said of Smith, but he was hardly honest.",
      "The SDF accused Russia of supporting \"brutal\" ISIS; Russia denied it, and praised the SDF.",
      "It was not a good day for Smith, who was accused by Jones of fraud but praised by Lee",
      "Smith", "!", "   Smith   ", "Great Smith", "Smith lied"};

  private static int assertEverySpan(String sentence) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int len = 1; len <= 3 && i + len <= tokens.size(); len++) {
        spans.add(new int[] {tokens.get(i).begin(), tokens.get(i + len - 1).end()});
      }
    }
    int[] begins = spans.stream().mapToInt(s -> s[0]).toArray();
    int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
    for (RuleBasedScorer.Parameters parameters : PARAMETERS) {
      RuleBasedScorer scorer = new RuleBasedScorer(TestLexicons.LEXICON, parameters);
      StraightforwardRules reference = new StraightforwardRules(TestLexicons.LEXICON, parameters);
      double[] together = new double[begins.length];
      scorer.scoreAll(sentence, begins, ends, together);
      for (int i = 0; i < begins.length; i++) {
        String where = "[" + begins[i] + ", " + ends[i] + ") of: " + sentence;
        double expected = reference.score(sentence, begins[i], ends[i]);
        assertEquals(expected, together[i], 0.0, where);
        assertEquals(expected, scorer.score(sentence, begins[i], ends[i]), 0.0, where);
        assertEquals(expected, scorer.explain(sentence, begins[i], ends[i]).score(), 0.0, where);
      }
    }
    return begins.length;
  }

  @Test
  void everySpanOfTheDevSentencesScoresAsTheStraightforwardLoop() {
    Assumptions.assumeTrue(Files.isRegularFile(DEV), "NewsMTSC dev split not on this machine");
    int checked = 0;
    for (String sentence : LabeledTarget.readJsonl(DEV).stream().map(LabeledTarget::sentence).distinct().toList()) {
      checked += assertEverySpan(sentence);
    }
    assertTrue(checked > 10_000, "checked " + checked);
  }

  @Test
  void hardSentencesScoreAsTheStraightforwardLoop() {
    int checked = 0;
    for (String sentence : HARD) checked += assertEverySpan(sentence);
    assertTrue(checked > 100, "checked " + checked);
  }
}
