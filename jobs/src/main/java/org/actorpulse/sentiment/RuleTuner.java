package org.actorpulse.sentiment;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@link RuleBasedScorer.Parameters#DEFAULTS} were chosen, kept runnable so the choice can be repeated:
 * coordinate ascent on macro-F1 over training rows, two rounds over a small grid per knob, with the class
 * thresholds re-chosen at every step. Run:
 * {@code java -cp jobs/target/classes:<classpath> org.actorpulse.sentiment.RuleTuner ../shared/data/newsmtsc/train.jsonl conf/lexicons}
 */
public final class RuleTuner {
  private static final String[] NAMES = {"decayLeft", "decayRight", "negation", "speakerFactor", "subjectFactor", "boundaryFactor",
      "otherFactor", "contrastBefore", "contrastAfter", "alpha"};
  private static final double[][] GRID = {{1, 2, 3, 4, 6, 8, 12, 20, 50}, {1, 2, 3, 4, 6, 8, 12, 20, 50},
      {-1, -0.74, -0.5, -0.25, 0, 0.25}, {0, 0.1, 0.2, 0.3, 0.5, 0.7, 1}, {0, 0.1, 0.2, 0.3, 0.5, 0.7, 1},
      {0.3, 0.5, 0.7, 0.85, 1},
      {0.3, 0.5, 0.7, 0.85, 1}, {0.25, 0.5, 0.75, 1}, {1, 1.25, 1.5, 2}, {1, 2, 4, 8, 15}};

  private RuleTuner() {
  }

  /** The tuned parameters and their macro-F1 on {@code rows}. */
  public record Tuned(RuleBasedScorer.Parameters parameters, double macroF1) {
  }

  public static Tuned tune(Lexicon lexicon, List<LabeledTarget> rows, RuleBasedScorer.Parameters start, int rounds) {
    double[] v = {start.decayLeft(), start.decayRight(), start.negation(), start.speakerFactor(),
        start.subjectFactor(), start.boundaryFactor(), start.otherFactor(), start.contrastBefore(), start.contrastAfter(), start.alpha()};
    Tuned current = evaluate(lexicon, rows, v);
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < v.length; k++) {
        double kept = v[k];
        for (double candidate : GRID[k]) {
          v[k] = candidate;
          Tuned t = evaluate(lexicon, rows, v);
          if (t.macroF1() > current.macroF1() + 1e-4) {
            current = t;
            kept = candidate;
          }
        }
        v[k] = kept;
      }
    }
    return current;
  }

  private static Tuned evaluate(Lexicon lexicon, List<LabeledTarget> rows, double[] v) {
    RuleBasedScorer scorer = new RuleBasedScorer(lexicon, parameters(v, new PolarityThresholds(0, 0)));
    double[] scores = new double[rows.size()];
    int[] gold = new int[rows.size()];
    for (int i = 0; i < scores.length; i++) {
      LabeledTarget r = rows.get(i);
      scores[i] = scorer.score(r.sentence(), r.begin(), r.end());
      gold[i] = r.polarity() + 1;
    }
    PolarityThresholds t = ThresholdSearch.best(scores, gold);
    Evaluation e = new Evaluation();
    for (int i = 0; i < scores.length; i++) e.add(gold[i] - 1, t.classify(scores[i]));
    return new Tuned(parameters(v, t), e.macroF1());
  }

  private static RuleBasedScorer.Parameters parameters(double[] v, PolarityThresholds t) {
    return new RuleBasedScorer.Parameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], t);
  }

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: RuleTuner TRAIN.jsonl LEXICON_DIR (e.g. ../shared/data/newsmtsc/train.jsonl conf/lexicons)");
      System.exit(2);
    }
    RuleBasedScorer.Parameters d = RuleBasedScorer.Parameters.DEFAULTS;
    // Start where VADER's own constants put us, so the run repeats how DEFAULTS were found.
    RuleBasedScorer.Parameters vaderLike = new RuleBasedScorer.Parameters(6, 6, -0.74, 0.3, 0.3, 1, 1, 0.5, 1.5, 4,
        d.thresholds());
    Tuned t = tune(Lexicon.load(Path.of(args[1])), LabeledTarget.readJsonl(Path.of(args[0])), vaderLike, 2);
    System.out.printf(java.util.Locale.ROOT, "train f1_macro=%.4f %s%n", t.macroF1(), t.parameters());
  }
}
