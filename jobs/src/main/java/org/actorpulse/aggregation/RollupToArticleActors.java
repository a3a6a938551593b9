package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.List;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.ActorMatcher;
import org.actorpulse.dictionary.MatchOptions;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rolled-up mentions to {@code article_actors}: how each article treats each actor, the unit a person reads.
 * An actor named in the title but not the body still gets its row (no mentions, no sentiment): the title says
 * what the article is about.
 */
public final class RollupToArticleActors {
  public static final String NAME = "article_actors";
  static final StructType TITLE_ACTORS = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("actor_id", DataTypes.StringType, false);

  private RollupToArticleActors() {}

  /**
   * @param articles article_id, date, source, title of the analysed articles
   * @return article_id, date, source, actor_id, mentions, sentiment_mean, sentiment_n, in_title, first_offset
   */
  public static Dataset<Row> apply(SparkSession spark, Dataset<Row> rollup, Dataset<Row> articles,
                                   ActorDictionary dictionary, MatchOptions matching, ActorTables actors) {
    Dataset<Row> inText = rollup.groupBy("article_id", "date", "source", "actor_id").agg(
        count(lit(1)).as("mentions"),
        avg("sentiment").as("sentiment_mean"),
        count("sentiment").as("sentiment_n"),
        min("begin").as("first_offset"));
    Dataset<Row> inTitle = titleActors(spark, articles.select("article_id", "date", "title"), dictionary, matching)
        .join(broadcast(actors.lineage()), "actor_id")
        .select(col("article_id"), col("rollup_id").as("actor_id"))
        .distinct()
        .withColumn("in_title", lit(true));
    Dataset<Row> keys = articles.select("article_id", "date", "source");
    Dataset<Row> titleOnly = inTitle.join(inText.select("article_id", "actor_id"),
            Joins.using("article_id", "actor_id"), "left_anti")
        .join(keys, "article_id")
        .select(col("article_id"), col("date"), col("source"), col("actor_id"), lit(0L).as("mentions"),
            lit(null).cast(DataTypes.DoubleType).as("sentiment_mean"), lit(0L).as("sentiment_n"),
            lit(true).as("in_title"), lit(null).cast(DataTypes.IntegerType).as("first_offset"));
    return inText.join(inTitle, Joins.using("article_id", "actor_id"), "left")
        .select(col("article_id"), col("date"), col("source"), col("actor_id"), col("mentions"),
            col("sentiment_mean"), col("sentiment_n"), coalesce(col("in_title"), lit(false)).as("in_title"),
            col("first_offset"))
        .unionByName(titleOnly);
  }

  /** (article_id, actor_id) for each actor the title names, by the same matcher as the body. */
  private static Dataset<Row> titleActors(SparkSession spark, Dataset<Row> titles, ActorDictionary dictionary,
                                          MatchOptions matching) {
    Broadcast<ActorDictionary> dict = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(dictionary);
    return titles.where(col("title").isNotNull()).mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      ActorMatcher matcher = dict.value().newMatcher(matching);
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        for (ActorMatch m : matcher.find(r.getString(2), r.getDate(1).toLocalDate())) {
          out.add(RowFactory.create(r.getString(0), m.actorId()));
        }
      }
      return out.iterator();
    }, Encoders.row(TITLE_ACTORS));
  }
}
