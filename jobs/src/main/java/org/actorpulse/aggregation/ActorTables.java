package org.actorpulse.aggregation;

import java.util.ArrayList;
import java.util.List;
import org.actorpulse.dictionary.Actor;
import org.actorpulse.dictionary.ActorDictionary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The dictionary as small tables for joins: the {@code actors} table itself, each actor's lineage (how a mention
 * rolls up), and the ancestor pairs that must never count as co-occurrence ({@code RUS} with {@code RUS.MIL}).
 */
public final class ActorTables {
  public static final String ACTORS = "actors";
  public static final StructType ACTORS_SCHEMA = new StructType()
      .add("actor_id", DataTypes.StringType, false)
      .add("actor_name", DataTypes.StringType, false)
      .add("actor_type", DataTypes.StringType, false)
      .add("parent_id", DataTypes.StringType, true)
      .add("country", DataTypes.StringType, true);
  static final StructType LINEAGE_SCHEMA = new StructType()
      .add("actor_id", DataTypes.StringType, false)
      .add("rollup_id", DataTypes.StringType, false);

  private final Dataset<Row> actors;
  private final Dataset<Row> lineage;
  private final Dataset<Row> ancestorPairs;

  public ActorTables(SparkSession spark, ActorDictionary dictionary) {
    List<Row> actorRows = new ArrayList<>();
    List<Row> lineageRows = new ArrayList<>();
    List<Row> ancestorRows = new ArrayList<>();
    for (Actor a : dictionary.actors()) {
      actorRows.add(RowFactory.create(a.id(), a.name(), a.type(), a.parentId(), a.country()));
      for (String up : dictionary.lineage(a.id())) {
        lineageRows.add(RowFactory.create(a.id(), up));
        if (!up.equals(a.id())) {
          ancestorRows.add(RowFactory.create(a.id(), up));
          ancestorRows.add(RowFactory.create(up, a.id()));
        }
      }
    }
    this.actors = spark.createDataFrame(actorRows, ACTORS_SCHEMA);
    this.lineage = spark.createDataFrame(lineageRows, LINEAGE_SCHEMA);
    this.ancestorPairs = spark.createDataFrame(ancestorRows, LINEAGE_SCHEMA)
        .toDF("actor_a", "actor_b");
  }

  public Dataset<Row> actors() {
    return actors;
  }

  /** (actor_id, rollup_id): the actor itself and each of its ancestors. */
  public Dataset<Row> lineage() {
    return lineage;
  }

  /** (actor_a, actor_b) for every actor and ancestor, both ways round. */
  public Dataset<Row> ancestorPairs() {
    return ancestorPairs;
  }
}
