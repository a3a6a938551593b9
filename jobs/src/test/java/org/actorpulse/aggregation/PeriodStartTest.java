package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.actorpulse.SparkTestSession;
import org.actorpulse.stats.Granularity;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The native expression gives the period starts the pure definition gives, across months and a leap day. */
class PeriodStartTest {
  @Test
  void nativePeriodStartsMatchGranularity() {
    List<Row> rows = new ArrayList<>();
    LocalDate first = LocalDate.of(2019, 12, 20);
    for (int i = 0; i < 80; i++) rows.add(RowFactory.create(Date.valueOf(first.plusDays(i))));
    var dates = SparkTestSession.get().createDataFrame(rows, new StructType().add("date", DataTypes.DateType));
    for (Granularity g : Granularity.values()) {
      for (Row r : dates.select(col("date"), PeriodStart.of(g, col("date"))).collectAsList()) {
        LocalDate d = r.getDate(0).toLocalDate();
        assertEquals(g.periodStart(d), r.getDate(1).toLocalDate(), g + " of " + d);
      }
    }
  }
}
