package org.actorpulse.report;

import java.util.Comparator;
import java.util.List;

/** One actor's sentiment series at one granularity, in period order. */
public record SentimentTrack(ActorTotal actor, List<SentimentPoint> points) {
  public SentimentTrack {
    points = points.stream().sorted(Comparator.comparing(SentimentPoint::periodStart)).toList();
  }

  public long shifts() {
    return points.stream().filter(SentimentPoint::shift).count();
  }
}
