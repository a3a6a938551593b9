package org.actorpulse.sentiment;

import java.io.Serializable;

/**
 * Cuts a score in [-1, 1] into the three classes negative (-1), neutral (0) and positive (1): a score below
 * {@code negativeBelow} is negative, above {@code positiveAbove} positive. Each scorer ships thresholds tuned on
 * the training data, since its scores are not calibrated like another scorer's.
 */
public record PolarityThresholds(double negativeBelow, double positiveAbove) implements Serializable {
  public PolarityThresholds {
    if (!(negativeBelow <= positiveAbove)) {
      throw new IllegalArgumentException("negativeBelow " + negativeBelow + " > positiveAbove " + positiveAbove);
    }
  }

  public int classify(double score) {
    if (score < negativeBelow) return -1;
    if (score > positiveAbove) return 1;
    return 0;
  }
}
