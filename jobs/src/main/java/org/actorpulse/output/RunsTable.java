package org.actorpulse.output;

import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The {@code runs} manifest: one row per run, appended, so the output folder keeps its own history. */
public final class RunsTable {
  public static final String NAME = "runs";
  public static final String VERSION = "0.1.0";
  public static final StructType SCHEMA = new StructType()
      .add("run_id", DataTypes.StringType, false)
      .add("command", DataTypes.StringType, false)
      .add("version", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false)
      .add("started_at", DataTypes.TimestampType, false)
      .add("finished_at", DataTypes.TimestampType, true)
      .add("inputs", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("output", DataTypes.StringType, false)
      .add("conf_files", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("engine", DataTypes.StringType, false)
      .add("scorer", DataTypes.StringType, false)
      .add("config_hash", DataTypes.StringType, false)
      .add("rows", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), false)
      .add("accounting", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), false)
      .add("stage_seconds", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), false)
      .add("message", DataTypes.StringType, true);

  private RunsTable() {}

  public static void append(SparkSession spark, TableWriter writer, RunRecord r) {
    Row row = RowFactory.create(r.runId, r.command, VERSION, r.status, Timestamp.from(r.startedAt),
        r.finishedAt == null ? null : Timestamp.from(r.finishedAt),
        scala(r.inputs), r.output, scala(r.confFiles), r.engine, r.scorer, r.configHash,
        scalaMap(r.rows), scalaMap(r.accounting), scalaMap(r.stageSeconds), r.message);
    writer.append(NAME, spark.createDataFrame(List.of(row), SCHEMA));
  }

  private static scala.collection.Seq<String> scala(List<String> list) {
    return scala.collection.JavaConverters.asScalaBuffer(list).toSeq();
  }

  private static <V> scala.collection.Map<String, V> scalaMap(java.util.Map<String, V> map) {
    return scala.collection.JavaConverters.mapAsScalaMap(map);
  }
}
