package org.actorpulse.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentimentSeriesTest {
  private static final LocalDate MONDAY = LocalDate.of(2017, 9, 25);

  @Test
  void weeksStartOnMondayAndMonthsOnTheFirst() {
    LocalDate sunday = LocalDate.of(2017, 10, 1);
    assertEquals(MONDAY, Granularity.WEEK.periodStart(sunday));
    assertEquals(LocalDate.of(2017, 10, 1), Granularity.MONTH.periodStart(sunday));
    assertEquals(sunday, Granularity.DAY.periodStart(sunday));
    assertEquals(Granularity.WEEK, Granularity.parse(" Week "));
    assertThrows(IllegalArgumentException.class, () -> Granularity.parse("year"));
  }

  @Test
  void daysMergeIntoTheirWeek() {
    List<SentimentSeries.Day> days = List.of(
        new SentimentSeries.Day(MONDAY, new MeanStats().add(0.5).add(0.1)),
        new SentimentSeries.Day(MONDAY.plusDays(6), new MeanStats().add(-0.3)),
        new SentimentSeries.Day(MONDAY.plusDays(7), new MeanStats().add(0.2)));
    List<SentimentSeries.Period> weeks = SentimentSeries.of(days, Granularity.WEEK, ShiftTest.DEFAULT);
    assertEquals(2, weeks.size());
    assertEquals(3, weeks.get(0).stats().n());
    assertEquals(0.1, weeks.get(0).stats().mean(), 1e-12);
    assertNull(weeks.get(0).delta());
    assertEquals(MONDAY, weeks.get(1).previousStart());
    assertEquals(0.1, weeks.get(1).delta(), 1e-12);
    assertNull(weeks.get(1).interval(), "one scored mention has no interval");
  }

  @Test
  void knownBreakIsFlaggedOnlyWhereItIs() {
    Random r = new Random(5);
    List<SentimentSeries.Day> days = new ArrayList<>();
    for (int i = 0; i < 8 * 7; i++) {
      MeanStats s = new MeanStats();
      double level = i < 4 * 7 ? 0.1 : -0.3;
      for (int k = 0; k < 12; k++) s.add(Math.max(-1, Math.min(1, level + 0.35 * r.nextGaussian())));
      days.add(new SentimentSeries.Day(MONDAY.plusDays(i), s));
    }
    List<SentimentSeries.Period> weeks = SentimentSeries.of(days, Granularity.WEEK, ShiftTest.DEFAULT);
    assertEquals(8, weeks.size());
    for (int w = 0; w < 8; w++) assertEquals(w == 4, weeks.get(w).shift(), "week " + w);
  }

  @Test
  void flatSeriesHasNoShift() {
    Random r = new Random(9);
    List<SentimentSeries.Day> days = new ArrayList<>();
    for (int i = 0; i < 180; i++) {
      MeanStats s = new MeanStats();
      for (int k = 0; k < 15; k++) s.add(Math.max(-1, Math.min(1, -0.2 + 0.35 * r.nextGaussian())));
      days.add(new SentimentSeries.Day(MONDAY.plusDays(i), s));
    }
    for (Granularity g : Granularity.values()) {
      assertFalse(SentimentSeries.of(days, g, ShiftTest.DEFAULT).stream().anyMatch(SentimentSeries.Period::shift),
          "no shift expected at granularity " + g);
    }
    assertTrue(SentimentSeries.of(days, Granularity.DAY, ShiftTest.DEFAULT).size() == 180);
  }
}
