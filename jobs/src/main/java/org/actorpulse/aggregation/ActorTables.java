package org.actorpulse.aggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.actorpulse.dictionary.Actor;
import org.actorpulse.dictionary.ActorDictionary;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The dictionary as small tables for joins: the {@code actors} table itself (names, types and parents of the
 * actor ids the other tables hold), and the same by {@link ActorIndex} number, which the aggregations group by. How
 * mentions roll up the hierarchy is {@link ArticleActorRollup}'s part.
 */
public final class ActorTables {
  public static final String ACTORS = "actors";
  public static final StructType ACTORS_SCHEMA = new StructType()
      .add("actor_id", DataTypes.StringType, false)
      .add("actor_name", DataTypes.StringType, false)
      .add("actor_type", DataTypes.StringType, false)
      .add("parent_id", DataTypes.StringType, true)
      .add("country", DataTypes.StringType, true);
  /**
   * Every number of the index: an id missing from today's dictionary (mentions from an older one) is named by itself,
   * typed {@code unknown} and counts as top level, as it stands for itself only.
   */
  static final StructType INDEXED_SCHEMA = new StructType()
      .add("actor_index", DataTypes.IntegerType, false)
      .add("actor_id", DataTypes.StringType, false)
      .add("actor_name", DataTypes.StringType, false)
      .add("actor_type", DataTypes.StringType, false)
      .add("parent_id", DataTypes.StringType, true);

  private final Dataset<Row> actors;
  private final Dataset<Row> indexed;
  private final ActorIndex index;

  public ActorTables(SparkSession spark, ActorDictionary dictionary, ActorIndex index) {
    List<Row> actorRows = new ArrayList<>();
    for (Actor a : dictionary.actors()) {
      actorRows.add(RowFactory.create(a.id(), a.name(), a.type(), a.parentId(), a.country()));
    }
    this.actors = spark.createDataFrame(actorRows, ACTORS_SCHEMA);
    List<Row> indexedRows = new ArrayList<>(index.size());
    for (int i = 0; i < index.size(); i++) {
      String id = index.id(i);
      Optional<Actor> a = dictionary.find(id);
      indexedRows.add(RowFactory.create(i, id, a.map(Actor::name).orElse(id), a.map(Actor::type).orElse("unknown"),
          a.map(Actor::parentId).orElse(null)));
    }
    this.indexed = spark.createDataFrame(indexedRows, INDEXED_SCHEMA);
    this.index = index;
  }

  public Dataset<Row> actors() {
    return actors;
  }

  /** One row per {@link ActorIndex} number: actor_index, actor_id, actor_name, actor_type, parent_id. */
  Dataset<Row> indexed() {
    return indexed;
  }

  ActorIndex index() {
    return index;
  }
}
