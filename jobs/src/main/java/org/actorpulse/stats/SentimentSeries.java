package org.actorpulse.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One actor's sentiment over time: daily figures merged into periods, each with its interval, its change
 * against the previous period that has scored mentions, and a shift flag from a {@link ShiftTest}.
 */
public final class SentimentSeries {
  private SentimentSeries() {}

  /** A day's scored mentions of one actor. */
  public record Day(LocalDate date, MeanStats stats) {}

  /**
   * A period's figures.
   *
   * @param interval       95% interval of the mean; null below two scored mentions
   * @param previousStart  start of the previous period with scored mentions; null for the first
   * @param delta          mean minus the previous period's mean; null for the first
   */
  public record Period(LocalDate start, MeanStats stats, Interval interval, LocalDate previousStart, Double delta,
                       boolean shift) {}

  public static List<Period> of(List<Day> days, Granularity granularity, ShiftTest test) {
    Map<LocalDate, MeanStats> byPeriod = new TreeMap<>();
    for (Day d : days) {
      if (d.stats().n() == 0) continue;
      byPeriod.computeIfAbsent(granularity.periodStart(d.date()), k -> new MeanStats()).merge(d.stats());
    }
    List<Period> out = new ArrayList<>(byPeriod.size());
    LocalDate prevStart = null;
    MeanStats prev = null;
    for (Map.Entry<LocalDate, MeanStats> e : byPeriod.entrySet()) {
      MeanStats cur = e.getValue();
      Double delta = prev == null ? null : cur.mean() - prev.mean();
      boolean shift = prev != null && test.isShift(prev, cur);
      out.add(new Period(e.getKey(), cur, cur.interval95(), prevStart, delta, shift));
      prevStart = e.getKey();
      prev = cur;
    }
    return out;
  }
}
