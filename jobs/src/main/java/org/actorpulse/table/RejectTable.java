package org.actorpulse.table;

import org.actorpulse.model.Reject;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code rejects} table: one row per input record (or file) that did not become an article, with a
 * machine-readable reason. Columns in this order: {@code raw} (the record as read, cut to 10 KB chars;
 * nullable), {@code input_file}, {@code line} (1-based line where the record starts, or record number;
 * null when unknown, e.g. Parquet), {@code reason} (e.g. {@code json:malformed}), {@code stage}
 * ({@code ingest}, {@code analyze}), {@code run_id}.
 */
public final class RejectTable {
  private RejectTable() {}

  public static final String RAW = "raw";
  public static final String INPUT_FILE = "input_file";
  public static final String LINE = "line";
  public static final String REASON = "reason";
  public static final String STAGE = "stage";
  public static final String RUN_ID = "run_id";

  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField(RAW, DataTypes.StringType, true),
      DataTypes.createStructField(INPUT_FILE, DataTypes.StringType, true),
      DataTypes.createStructField(LINE, DataTypes.LongType, true),
      DataTypes.createStructField(REASON, DataTypes.StringType, false),
      DataTypes.createStructField(STAGE, DataTypes.StringType, false),
      DataTypes.createStructField(RUN_ID, DataTypes.StringType, false),
  });

  /** @param line 1-based line or record number, null when unknown */
  public static Row toRow(Reject r, Long line, String runId) {
    return RowFactory.create(r.raw(), r.inputFile(), line, r.reason(), r.stage(), runId);
  }

  public static Reject fromRow(Row r) {
    return new Reject(r.getString(r.fieldIndex(RAW)), r.getString(r.fieldIndex(INPUT_FILE)),
        r.getString(r.fieldIndex(REASON)), r.getString(r.fieldIndex(STAGE)));
  }
}
