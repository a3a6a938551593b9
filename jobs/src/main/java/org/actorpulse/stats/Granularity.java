package org.actorpulse.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The periods time series are cut into. Weeks start on Monday (ISO 8601). */
public enum Granularity {
  DAY, WEEK, MONTH;

  public LocalDate periodStart(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
    };
  }

  /** Lower-case name as stored in tables: {@code day}, {@code week}, {@code month}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Granularity parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("granularity '" + s + "': expected day, week or month");
    }
  }
}
