package org.actorpulse.report;

import java.util.List;
import java.util.Set;

/**
 * Which granularity of {@code actor_sentiment} the report draws: the finest that keeps a panel readable (up to
 * about a quarter of days, two years of weeks, months beyond), falling back to the nearest one the table has.
 */
public final class SentimentGranularity {
  static final long MAX_DAYS_DAILY = 92;
  static final long MAX_DAYS_WEEKLY = 731;
  private static final List<String> FINEST_FIRST = List.of("day", "week", "month");

  private SentimentGranularity() {}

  /**
   * @param available  granularities present in the table
   * @param spanDays   days from the first to the last period start, inclusive
   * @return the granularity to draw, or null when none is available
   */
  public static String choose(Set<String> available, long spanDays) {
    String wanted = spanDays <= MAX_DAYS_DAILY ? "day" : spanDays <= MAX_DAYS_WEEKLY ? "week" : "month";
    int start = FINEST_FIRST.indexOf(wanted);
    // Coarser than wanted first (fewer, steadier points), then finer.
    for (int i = start; i < FINEST_FIRST.size(); i++) {
      if (available.contains(FINEST_FIRST.get(i))) return FINEST_FIRST.get(i);
    }
    for (int i = start - 1; i >= 0; i--) {
      if (available.contains(FINEST_FIRST.get(i))) return FINEST_FIRST.get(i);
    }
    return null;
  }
}
