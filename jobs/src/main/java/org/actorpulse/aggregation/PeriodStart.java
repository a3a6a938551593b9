package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.next_day;
import static org.apache.spark.sql.functions.trunc;

import org.actorpulse.stats.Granularity;
import org.apache.spark.sql.Column;

/**
 * {@link Granularity#periodStart} as a native Spark expression, so aggregations keep whole-stage code
 * generation instead of calling a Java UDF per row. A test holds the two to the same answers.
 */
final class PeriodStart {
  private PeriodStart() {}

  static Column of(Granularity g, Column date) {
    return switch (g) {
      case DAY -> date;
      // next_day gives the first Monday after the date; a week before it is the Monday on or before the date.
      case WEEK -> date_sub(next_day(date, "Mon"), 7);
      case MONTH -> trunc(date, "month");
    };
  }
}
