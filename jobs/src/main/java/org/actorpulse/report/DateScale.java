package org.actorpulse.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps days onto pixels and picks date ticks a reader can take in: every day, every 2 days, Mondays, every other
 * Monday, or firsts of 1, 2, 3, 6 or 12 months, whichever keeps the count at or under the maximum. Immutable.
 */
public final class DateScale {
  private static final int[] DAY_STEPS = {1, 2};
  private static final int[] WEEK_STEPS = {7, 14};
  private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12};
  private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private final LocalDate first;
  private final LocalDate last;
  private final LinearScale pixels;

  public DateScale(LocalDate first, LocalDate last, double rangeLow, double rangeHigh) {
    if (first.isAfter(last)) throw new IllegalArgumentException("dates out of order: " + first + " > " + last);
    this.first = first;
    this.last = last;
    this.pixels = new LinearScale(first.toEpochDay(), last.toEpochDay(), rangeLow, rangeHigh);
  }

  public double map(LocalDate d) {
    return pixels.map(d.toEpochDay());
  }

  /** Pixels per day, for drawing a period as a band. */
  public double dayWidth() {
    return Math.abs(pixels.map(1) - pixels.map(0));
  }

  public List<LocalDate> ticks(int max) {
    long days = last.toEpochDay() - first.toEpochDay();
    for (int step : DAY_STEPS) {
      if (days / step + 1 <= max) return every(first, step);
    }
    LocalDate monday = first.plusDays((8 - first.getDayOfWeek().getValue()) % 7);
    for (int step : WEEK_STEPS) {
      if (!monday.isAfter(last) && (last.toEpochDay() - monday.toEpochDay()) / step + 1 <= max) {
        return every(monday, step);
      }
    }
    LocalDate month = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
    for (int step : MONTH_STEPS) {
      List<LocalDate> out = new ArrayList<>();
      for (LocalDate d = month; !d.isAfter(last); d = d.plusMonths(step)) out.add(d);
      if (out.size() <= max) return out;
    }
    return List.of(first, last);
  }

  /** "25 Sep" for ticks days apart, "Sep 2017" for ticks on firsts of months months apart. */
  public static String label(LocalDate tick, List<LocalDate> ticks) {
    boolean monthly = ticks.size() > 1 && ticks.stream().allMatch(d -> d.getDayOfMonth() == 1)
        && ticks.get(1).toEpochDay() - ticks.get(0).toEpochDay() >= 28;
    return (monthly ? MONTH_LABEL : DAY_LABEL).format(tick);
  }

  private List<LocalDate> every(LocalDate start, int step) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = start; !d.isAfter(last); d = d.plusDays(step)) out.add(d);
    return out;
  }
}
