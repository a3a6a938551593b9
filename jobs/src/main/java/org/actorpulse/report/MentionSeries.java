package org.actorpulse.report;

import java.util.Comparator;
import java.util.List;

/** One actor's mentions per day, in date order; days without mentions may be absent (they count as 0). */
public record MentionSeries(ActorTotal actor, List<DayCount> days) {
  public MentionSeries {
    days = days.stream().sorted(Comparator.comparing(DayCount::date)).toList();
  }
}
