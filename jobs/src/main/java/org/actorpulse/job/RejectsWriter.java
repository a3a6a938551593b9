package org.actorpulse.job;

import java.util.ArrayList;
import java.util.List;
import org.actorpulse.model.Reject;
import org.actorpulse.output.TableWriter;
import org.actorpulse.table.RejectTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Appends rejects found on the driver (analysis failures) to the {@code rejects} table. */
final class RejectsWriter {
  private RejectsWriter() {}

  static void append(SparkSession spark, TableWriter tables, List<Reject> rejects, String runId) {
    List<Row> rows = new ArrayList<>(rejects.size());
    for (Reject r : rejects) rows.add(RejectTable.toRow(r, null, runId));
    tables.append(Tables.REJECTS, spark.createDataFrame(rows, RejectTable.SCHEMA));
  }
}
