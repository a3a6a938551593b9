package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  @Test
  void computesPerClassScoresFromTheConfusionMatrix() {
    Evaluation e = new Evaluation();
    // gold negative: 2 right, 1 called neutral; gold neutral: 1 right, 1 called positive; gold positive: 1 right.
    e.add(-1, -1);
    e.add(-1, -1);
    e.add(-1, 0);
    e.add(0, 0);
    e.add(0, 1);
    e.add(1, 1);
    assertEquals(1.0, e.precision(-1), 1e-9);
    assertEquals(2.0 / 3, e.recall(-1), 1e-9);
    assertEquals(0.5, e.precision(0), 1e-9);
    assertEquals(0.5, e.precision(1), 1e-9);
    assertEquals(1.0, e.recall(1), 1e-9);
    assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, e.macroF1(), 1e-9);
    assertEquals(4.0 / 6, e.accuracy(), 1e-9);
    assertEquals(1, e.count(0, 1));
  }

  @Test
  void summaryIsTheReportsLastLine() {
    Evaluation e = new Evaluation();
    e.add(1, 1);
    e.add(0, 1);
    String[] lines = e.report().split("\n");
    assertEquals("f1_macro=0.222 accuracy=0.500 n=2", lines[lines.length - 1]);
  }

  @Test
  void countsTheScorersClassesAgainstGold() {
    List<LabeledTarget> rows = List.of(new LabeledTarget("1", "good X", "X", 5, 6, 1),
        new LabeledTarget("2", "meh X", "X", 4, 5, 0));
    assertEquals(1.0, Evaluation.of(fixed(0), rows).accuracy());
    assertEquals(0.5, Evaluation.of(fixed(-1), rows).accuracy());
  }

  /** Says positive for sentences starting with "good", else {@code otherwise}. */
  private static ExplainableScorer fixed(int otherwise) {
    return new ExplainableScorer() {
      @Override
      public double score(String s, int b, int e) {
        return classify(s, b, e);
      }

      @Override
      public int classify(String s, int b, int e) {
        return s.startsWith("good") ? 1 : otherwise;
      }

      @Override
      public Explanation explain(String s, int b, int e) {
        return new Explanation(score(s, b, e), classify(s, b, e), List.of());
      }

      @Override
      public Judgement judge(List<TargetMentions.Mention> mentions) {
        TargetMentions.Mention m = mentions.get(0);
        return new Judgement(score(m.sentence(), m.begin(), m.end()), classify(m.sentence(), m.begin(), m.end()));
      }

      @Override
      public String decisionRule() {
        return "fixed";
      }
    };
  }
}
