package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Mentions rolled up along the actor hierarchy: each mention becomes one row for its actor and one for every
 * ancestor, so a {@code RUS.MIL} mention counts for {@code RUS} too. An actor missing from the dictionary
 * (mentions written with an older dictionary) still counts for itself.
 */
public final class MentionsToRollup {
  private MentionsToRollup() {}

  /** @return article_id, date, source, actor_id (rolled up), sentence_index, begin, sentiment */
  public static Dataset<Row> apply(Dataset<Row> mentions, ActorTables actors) {
    Dataset<Row> known = mentions.join(broadcast(actors.lineage()), "actor_id")
        .select(col("article_id"), col("date"), col("source"), col("rollup_id").as("actor_id"),
            col("sentence_index"), col("begin"), col("sentiment"));
    Dataset<Row> knownIds = actors.lineage().select(col("actor_id").as("known_id")).distinct();
    Dataset<Row> unknown = mentions.join(broadcast(knownIds), mentions.col("actor_id").equalTo(col("known_id")),
            "left_anti")
        .select("article_id", "date", "source", "actor_id", "sentence_index", "begin", "sentiment");
    return known.unionByName(unknown);
  }
}
