package org.actorpulse.report;

import java.time.LocalDate;

/** Mentions of one actor on one day. */
public record DayCount(LocalDate date, long mentions) {
  public DayCount {
    if (date == null) throw new IllegalArgumentException("date is null");
    if (mentions < 0) throw new IllegalArgumentException("negative mentions on " + date);
  }
}
