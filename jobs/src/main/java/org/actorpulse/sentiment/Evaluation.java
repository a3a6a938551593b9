package org.actorpulse.sentiment;

import java.util.List;
import java.util.Locale;
import org.actorpulse.text.RuleSentenceSplitter;

/**
 * Three-class evaluation of a scorer against gold targets: the scorer's class for each target is compared with the
 * gold polarity. Classes are indexed 0, 1, 2 for polarity -1, 0, 1.
 */
public final class Evaluation {
  private static final String[] NAMES = {"negative", "neutral", "positive"};

  private final int[][] confusion = new int[3][3];
  private int n;

  /** The pipeline's sentence splitter, so that an article row's mentions are the sentences the pipeline scores. */
  private static final TargetMentions MENTIONS = new TargetMentions(new RuleSentenceSplitter());

  /** Classifies every row with {@code scorer} (the same object the pipeline uses), at every mention of its target. */
  public static Evaluation of(ExplainableScorer scorer, List<LabeledTarget> rows) {
    Evaluation e = new Evaluation();
    for (LabeledTarget r : rows) e.add(r.polarity(), scorer.judge(mentions(r)).polarity());
    return e;
  }

  /** Where the row's text names its target: the row itself for a sentence, every naming for an article. */
  public static List<TargetMentions.Mention> mentions(LabeledTarget row) {
    return MENTIONS.of(row.sentence(), row.begin(), row.end());
  }

  public void add(int gold, int predicted) {
    confusion[gold + 1][predicted + 1]++;
    n++;
  }

  public int n() {
    return n;
  }

  /** Count of rows with gold polarity {@code gold} predicted as {@code predicted} (both in -1..1). */
  public int count(int gold, int predicted) {
    return confusion[gold + 1][predicted + 1];
  }

  public double precision(int polarity) {
    int c = polarity + 1;
    int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
    return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
  }

  public double recall(int polarity) {
    int c = polarity + 1;
    int gold = confusion[c][0] + confusion[c][1] + confusion[c][2];
    return gold == 0 ? 0 : (double) confusion[c][c] / gold;
  }

  public double f1(int polarity) {
    double p = precision(polarity);
    double r = recall(polarity);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double macroF1() {
    return (f1(-1) + f1(0) + f1(1)) / 3;
  }

  public double accuracy() {
    return n == 0 ? 0 : (double) (confusion[0][0] + confusion[1][1] + confusion[2][2]) / n;
  }

  /** The one-line summary scripts parse: {@code f1_macro=0.xxx accuracy=0.xxx n=N}. */
  public String summaryLine() {
    return String.format(Locale.ROOT, "f1_macro=%.3f accuracy=%.3f n=%d", macroF1(), accuracy(), n);
  }

  /** Per-class precision, recall and F1, then the confusion matrix (rows gold, columns predicted), then the summary. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-9s %9s %9s %9s %7s%n", "class", "precision", "recall", "f1", "support"));
    for (int p = -1; p <= 1; p++) {
      int c = p + 1;
      sb.append(String.format(Locale.ROOT, "%-9s %9.3f %9.3f %9.3f %7d%n", NAMES[c], precision(p), recall(p), f1(p),
          confusion[c][0] + confusion[c][1] + confusion[c][2]));
    }
    sb.append(String.format(Locale.ROOT, "%nconfusion (rows gold, columns predicted)%n%-9s %9s %9s %9s%n", "",
        NAMES[0], NAMES[1], NAMES[2]));
    for (int c = 0; c < 3; c++) {
      sb.append(String.format(Locale.ROOT, "%-9s %9d %9d %9d%n", NAMES[c], confusion[c][0], confusion[c][1],
          confusion[c][2]));
    }
    sb.append(summaryLine());
    return sb.toString();
  }
}
