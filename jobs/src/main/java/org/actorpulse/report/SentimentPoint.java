package org.actorpulse.report;

import java.time.LocalDate;

/**
 * One period of an actor's sentiment series, as stored in {@code actor_sentiment}.
 *
 * @param ciLow  lower bound of the 95% interval of the mean; null below two scored mentions (so is ciHigh)
 * @param shift  the period's mean moved significantly from the previous period with scored mentions
 */
public record SentimentPoint(LocalDate periodStart, long n, double mean, Double ciLow, Double ciHigh,
                             boolean shift) {
  public SentimentPoint {
    if (periodStart == null) throw new IllegalArgumentException("period start is null");
    if ((ciLow == null) != (ciHigh == null)) {
      throw new IllegalArgumentException("interval of " + periodStart + " has only one bound");
    }
    if (ciLow != null && ciLow > ciHigh) {
      throw new IllegalArgumentException("interval of " + periodStart + " is [" + ciLow + ", " + ciHigh + "]");
    }
  }

  public boolean hasInterval() {
    return ciLow != null;
  }
}
