package org.actorpulse.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.SparkTestSession;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TableWriter#writeSorted}: every row once, each file sorted, a small table's leading keys not split. */
class TableWriterSortedTest {
  static final StructType SCHEMA = new StructType()
      .add("granularity", DataTypes.StringType, false)
      .add("period", DataTypes.IntegerType, false)
      .add("actor", DataTypes.StringType, false);

  @TempDir Path out;

  @Test
  void eachFileIsSortedAndHoldsItsLeadingKeysWhole() {
    SparkSession spark = SparkTestSession.get();
    List<Row> rows = new ArrayList<>();
    for (String g : List.of("day", "week", "month")) {
      for (int p = 40; p > 0; p--) {
        for (int a = 0; a < 25; a++) rows.add(RowFactory.create(g, p, "A" + ((a * 7) % 25)));
      }
    }
    // Spread over many input partitions in no order, as an aggregation leaves them.
    Dataset<Row> shuffled = spark.createDataFrame(rows, SCHEMA).repartition(8);
    TableWriter tables = new TableWriter(spark, out.toString(), "r1");
    tables.writeSorted("t", shuffled, "granularity", "period", "actor");
    tables.commit();

    Dataset<Row> back = spark.read().parquet(out.resolve("t").toString())
        .withColumn("file", org.apache.spark.sql.functions.input_file_name());
    assertEquals(rows.size(), back.count());
    assertEquals(rows.size(), back.select("granularity", "period", "actor").distinct().count(),
        "no row lost or doubled");

    Map<String, List<Row>> byFile = new HashMap<>();
    for (Row r : back.collectAsList()) byFile.computeIfAbsent(r.getString(3), f -> new ArrayList<>()).add(r);
    Map<String, String> fileOfGranularity = new HashMap<>();
    for (var e : byFile.entrySet()) {
      List<Row> f = e.getValue();
      for (int i = 1; i < f.size(); i++) {
        assertTrue(compare(f.get(i - 1), f.get(i)) <= 0, "file " + e.getKey() + " out of order at " + f.get(i));
      }
      for (Row r : f) {
        String before = fileOfGranularity.put(r.getString(0), e.getKey());
        assertTrue(before == null || before.equals(e.getKey()), r.getString(0) + " split over files");
      }
    }
  }

  private static int compare(Row x, Row y) {
    int c = x.getString(0).compareTo(y.getString(0));
    if (c == 0) c = Integer.compare(x.getInt(1), y.getInt(1));
    if (c == 0) c = x.getString(2).compareTo(y.getString(2));
    return c;
  }
}
