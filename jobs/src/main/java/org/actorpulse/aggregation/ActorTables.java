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
 * The dictionary as a small table for joins: the {@code actors} table itself (names, types and parents of the
 * actor ids the other tables hold). How mentions roll up the hierarchy is {@link ArticleActorRollup}'s part.
 */
public final class ActorTables {
  public static final String ACTORS = "actors";
  public static final StructType ACTORS_SCHEMA = new StructType()
      .add("actor_id", DataTypes.StringType, false)
      .add("actor_name", DataTypes.StringType, false)
      .add("actor_type", DataTypes.StringType, false)
      .add("parent_id", DataTypes.StringType, true)
      .add("country", DataTypes.StringType, true);

  private final Dataset<Row> actors;

  public ActorTables(SparkSession spark, ActorDictionary dictionary) {
    List<Row> actorRows = new ArrayList<>();
    for (Actor a : dictionary.actors()) {
      actorRows.add(RowFactory.create(a.id(), a.name(), a.type(), a.parentId(), a.country()));
    }
    this.actors = spark.createDataFrame(actorRows, ACTORS_SCHEMA);
  }

  public Dataset<Row> actors() {
    return actors;
  }
}
