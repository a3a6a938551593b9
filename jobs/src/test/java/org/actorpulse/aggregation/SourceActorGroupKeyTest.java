package org.actorpulse.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.actorpulse.stats.Granularity;
import org.junit.jupiter.api.Test;

/** source_actor's groups are keyed by one long: distinct granularities, periods and actors never share a key. */
class SourceActorGroupKeyTest {
  @Test
  void everyGranularityPeriodAndActorHasItsOwnKey() {
    Set<Long> keys = new HashSet<>();
    int[] actors = {0, 1, 2, 4095, Integer.MAX_VALUE};
    LocalDate[] dates = {LocalDate.of(1900, 1, 1), LocalDate.of(1970, 1, 1), LocalDate.of(1969, 12, 31),
        LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 2), LocalDate.of(2400, 2, 29)};
    int n = 0;
    for (Granularity g : Granularity.values()) {
      for (LocalDate d : dates) {
        for (int a : actors) {
          keys.add(ArticleActorsToSourceActor.groupKey(g.name().toLowerCase(), Date.valueOf(d), a));
          n++;
        }
      }
    }
    assertEquals(n, keys.size());
  }

  @Test
  void refusesDatesBeyondItsRange() {
    // 2^25 days is about 91,000 years either side of 1970.
    assertThrows(IllegalArgumentException.class,
        () -> ArticleActorsToSourceActor.groupKey("day", Date.valueOf(LocalDate.of(1970, 1, 1).plusDays(1L << 25)), 0));
  }
}
