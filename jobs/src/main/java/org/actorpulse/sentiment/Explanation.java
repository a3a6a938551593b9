package org.actorpulse.sentiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Why a scorer gave a score: the features (words, n-grams, rule cues) that moved it, each with its signed
 * contribution before the final squashing into [-1, 1].
 *
 * @param score         the score, exactly what {@link SentimentScorer#score} returns for the same input
 * @param polarity      the class, exactly what {@link ExplainableScorer#classify} returns: -1, 0 or 1
 * @param contributions the non-zero contributions, largest magnitude first
 */
public record Explanation(double score, int polarity, List<Contribution> contributions) {
  /** One feature's signed push: negative pushes toward negative. */
  public record Contribution(String feature, double value) {
  }

  public Explanation {
    List<Contribution> sorted = new ArrayList<>(contributions);
    sorted.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value())).thenComparing(Contribution::feature));
    contributions = List.copyOf(sorted);
  }

  /**
   * Human-readable: the score, its class, then the {@code n} strongest features, one per line, signed ({@code -}
   * pushes toward negative).
   */
  public String render(int n) {
    String[] classes = {"negative", "neutral", "positive"};
    StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "score=%.3f class=%s%n", score,
        classes[polarity + 1]));
    for (Contribution c : top(n)) {
      sb.append(String.format(java.util.Locale.ROOT, "  %+8.4f  %s%n", c.value(), c.feature()));
    }
    return sb.toString();
  }

  /** The {@code n} strongest contributions. */
  public List<Contribution> top(int n) {
    return contributions.subList(0, Math.min(n, contributions.size()));
  }
}
