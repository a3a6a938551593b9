package org.actorpulse.sentiment;

/** Picks the class thresholds that maximise macro-F1 of given scores against gold classes (0, 1, 2). */
final class ThresholdSearch {
  private ThresholdSearch() {
  }

  static PolarityThresholds best(double[] scores, int[] goldClass) {
    double bestF1 = -1;
    PolarityThresholds best = new PolarityThresholds(0, 0);
    for (int lo = -60; lo <= 0; lo += 2) {
      for (int hi = 0; hi <= 60; hi += 2) {
        PolarityThresholds t = new PolarityThresholds(lo / 100.0, hi / 100.0);
        Evaluation e = new Evaluation();
        for (int i = 0; i < scores.length; i++) e.add(goldClass[i] - 1, t.classify(scores[i]));
        if (e.macroF1() > bestF1) {
          bestF1 = e.macroF1();
          best = t;
        }
      }
    }
    return best;
  }
}
