package org.actorpulse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalesTest {
  @Test
  void linearScaleMapsEndsAndMiddleEvenBackwards() {
    LinearScale y = new LinearScale(-1, 1, 200, 0);
    assertEquals(200, y.map(-1), 1e-9);
    assertEquals(100, y.map(0), 1e-9);
    assertEquals(0, y.map(1), 1e-9);
  }

  @Test
  void emptyDomainPutsTheValueMidRange() {
    assertEquals(50, new LinearScale(3, 3, 0, 100).map(3), 1e-9);
  }

  @Test
  void fromZeroRoundsTheTopUpToANiceTick() {
    LinearScale x = LinearScale.fromZero(37, 0, 100, 5);
    assertEquals(40, x.domainHigh(), 1e-9);
    assertEquals(List.of(0.0, 10.0, 20.0, 30.0, 40.0), x.ticks(5));
    assertEquals(1, LinearScale.fromZero(0, 0, 100, 5).domainHigh(), 1e-9);
  }

  @Test
  void ticksAreRoundNumbersWithoutFloatingPointNoise() {
    assertEquals(List.of(-1.0, -0.5, 0.0, 0.5, 1.0), new LinearScale(-1, 1, 0, 1).ticks(4));
    assertEquals(List.of(0.1, 0.2, 0.3), new LinearScale(0.05, 0.3, 0, 1).ticks(3));
  }

  @Test
  void badDomainIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new LinearScale(2, 1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new LinearScale(0, Double.NaN, 0, 1));
  }

  @Test
  void dateTicksAreDailyForAFewDays() {
    DateScale x = new DateScale(LocalDate.of(2017, 9, 14), LocalDate.of(2017, 9, 18), 0, 400);
    assertEquals(5, x.ticks(10).size());
    assertEquals(0, x.map(LocalDate.of(2017, 9, 14)), 1e-9);
    assertEquals(400, x.map(LocalDate.of(2017, 9, 18)), 1e-9);
    assertEquals(100, x.dayWidth(), 1e-9);
  }

  @Test
  void dateTicksFallBackToMondaysThenMonths() {
    LocalDate thursday = LocalDate.of(2017, 9, 14);
    List<LocalDate> weekly = new DateScale(thursday, thursday.plusDays(40), 0, 1).ticks(8);
    assertEquals(LocalDate.of(2017, 9, 18), weekly.get(0));
    weekly.forEach(d -> assertEquals(java.time.DayOfWeek.MONDAY, d.getDayOfWeek()));
    List<LocalDate> monthly = new DateScale(thursday, thursday.plusDays(400), 0, 1).ticks(6);
    assertEquals(LocalDate.of(2017, 10, 1), monthly.get(0));
    monthly.forEach(d -> assertEquals(1, d.getDayOfMonth()));
    assertEquals("Oct 2017", DateScale.label(monthly.get(0), monthly));
    assertEquals("18 Sep", DateScale.label(weekly.get(0), weekly));
  }

  @Test
  void tickCountNeverExceedsTheMaximum() {
    LocalDate d = LocalDate.of(2017, 1, 1);
    for (int span : new int[] {0, 1, 6, 13, 30, 90, 365, 2000}) {
      for (int max : new int[] {3, 5, 10}) {
        int n = new DateScale(d, d.plusDays(span), 0, 1).ticks(max).size();
        assertTrue(n <= Math.max(max, 2), span + " days, max " + max + ": " + n);
      }
    }
  }

  @Test
  void granularityFollowsTheSpanAndFallsBackToWhatExists() {
    assertEquals("day", SentimentGranularity.choose(java.util.Set.of("day", "week", "month"), 12));
    assertEquals("week", SentimentGranularity.choose(java.util.Set.of("day", "week", "month"), 200));
    assertEquals("month", SentimentGranularity.choose(java.util.Set.of("day", "week", "month"), 1000));
    assertEquals("week", SentimentGranularity.choose(java.util.Set.of("week", "month"), 12));
    assertEquals("week", SentimentGranularity.choose(java.util.Set.of("day", "week"), 1000));
    assertEquals(null, SentimentGranularity.choose(java.util.Set.of(), 10));
  }
}
