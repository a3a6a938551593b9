package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTunerTest {
  private static LabeledTarget row(String sentence, String target, int polarity) {
    int b = sentence.indexOf(target);
    return new LabeledTarget(sentence, sentence, target, b, b + target.length(), polarity);
  }

  @Test
  void tuningLearnsToDiscountSpeakersWhenTheDataSaysSo() {
    List<LabeledTarget> rows = new ArrayList<>();
    for (String name : List.of("Smith", "Jones", "Garcia", "Lee")) {
      // the opinion word sits two tokens right of the target in every row: only the speaker rule separates them
      rows.add(row(name + " said horrible things.", name, 0));
      rows.add(row(name + " said wonderful things.", name, 0));
      rows.add(row(name + " was horrible.", name, -1));
      rows.add(row(name + " was wonderful.", name, 1));
    }
    RuleBasedScorer.Parameters d = RuleBasedScorer.Parameters.DEFAULTS;
    RuleBasedScorer.Parameters noDiscount = new RuleBasedScorer.Parameters(d.decayLeft(), d.decayRight(),
        d.negation(), 1.0, d.subjectFactor(), d.boundaryFactor(), d.otherFactor(), d.contrastBefore(), d.contrastAfter(), d.alpha(),
        d.thresholds());
    double before = Evaluation.of(new RuleBasedScorer(TestLexicons.LEXICON, noDiscount), rows)
        .macroF1();
    RuleTuner.Tuned tuned = RuleTuner.tune(TestLexicons.LEXICON, rows, noDiscount, 1);
    assertTrue(tuned.parameters().speakerFactor() < 1, tuned.toString());
    assertTrue(tuned.macroF1() > before, before + " -> " + tuned.macroF1());
  }
}
