package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.actorpulse.dictionary.Actor;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.ActorMatcher;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.table.ArticleTable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Mentions and articles, met by article in one shuffle, to one row per article and actor
 * ({@link ArticleActorRollup}): the rows every actor table is summed from. {@code counted} says whether the actor
 * tables count the article (a near-duplicate copy is left to its cluster's representative unless copies count);
 * {@code source_actor} takes every copy, as an outlet's coverage includes the wire stories it runs.
 */
public final class MentionsToArticleActors {
  /** The table analysts read: the counted articles' rows, tone as a mean. */
  public static final String NAME = "article_actors";
  /** A co-occurring actor by its {@link ActorIndex} number, and the sentences the two share. */
  static final StructType PARTNER = new StructType()
      .add("actor_index", DataTypes.IntegerType, false)
      .add("sentences", DataTypes.LongType, false);
  public static final StructType SCHEMA = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("date", DataTypes.DateType, false)
      .add("source", DataTypes.StringType, false)
      .add("actor_id", DataTypes.StringType, false)
      .add("actor_index", DataTypes.IntegerType, false)
      .add("counted", DataTypes.BooleanType, false)
      .add("mentions", DataTypes.LongType, false)
      .add("sentiment_sum", DataTypes.DoubleType, false)
      .add("sentiment_sum_squares", DataTypes.DoubleType, false)
      .add("first_offset", DataTypes.IntegerType, true)
      .add("in_title", DataTypes.BooleanType, false)
      .add("partners", DataTypes.createArrayType(PARTNER, false), false);

  private MentionsToArticleActors() {}

  /**
   * @param mentions rows of {@code mentions}
   * @param articles rows of {@code articles} (article_id, date, source, title, dup_cluster are read); a null
   *                 {@code dup_cluster} (written before clusters existed) makes the article its own representative
   */
  public static Dataset<Row> apply(SparkSession spark, Dataset<Row> mentions, Dataset<Row> articles,
                                   ActorDictionary dictionary, ActorIndex index, MatchOptions matching,
                                   CountedArticles counted) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<ActorDictionary> dict = jsc.broadcast(dictionary);
    Broadcast<ActorIndex> indexes = jsc.broadcast(index);
    var byArticle = mentions
        .select("article_id", "date", "source", "actor_id", "sentence_index", "begin", "sentiment")
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
    var articleRows = articles
        .select(ArticleTable.ARTICLE_ID, ArticleTable.DATE, ArticleTable.SOURCE, ArticleTable.TITLE,
            ArticleTable.DUP_CLUSTER)
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
    return byArticle.cogroup(articleRows, new PerArticle(dict, indexes, matching, counted), Encoders.row(SCHEMA));
  }

  /**
   * Every actor id the rows of {@link #apply} can name: the dictionary's, and those of the stored mentions with their
   * lineages (mentions from an older dictionary may name ids it no longer has). Reads the mentions' actor ids once.
   */
  public static ActorIndex index(Dataset<Row> mentions, ActorDictionary dictionary) {
    Set<String> ids = new HashSet<>();
    for (Actor a : dictionary.actors()) ids.addAll(dictionary.lineage(a.id()));
    for (Row r : mentions.select("actor_id").distinct().collectAsList()) ids.addAll(dictionary.lineage(r.getString(0)));
    return new ActorIndex(ids);
  }

  /**
   * The {@code article_actors} table: article_id, date, source, actor_id, mentions, sentiment_mean, sentiment_n,
   * in_title, first_offset.
   */
  public static Dataset<Row> table(Dataset<Row> articleActors) {
    return articleActors.where(col("counted")).select(col("article_id"), col("date"), col("source"),
        col("actor_id"), col("mentions"), Sums.mean(col("mentions"), col("sentiment_sum")).as("sentiment_mean"),
        col("mentions").as("sentiment_n"), col("in_title"), col("first_offset"));
  }

  /** Holds one title matcher per task, built on first use. */
  private static final class PerArticle implements CoGroupFunction<String, Row, Row, Row> {
    private final Broadcast<ActorDictionary> dictionary;
    private final Broadcast<ActorIndex> indexes;
    private final MatchOptions matching;
    private final CountedArticles counted;
    private transient ActorMatcher titles;
    private transient ArticleActorRollup rollup;
    private transient ActorIndex index;

    PerArticle(Broadcast<ActorDictionary> dictionary, Broadcast<ActorIndex> indexes, MatchOptions matching,
               CountedArticles counted) {
      this.dictionary = dictionary;
      this.indexes = indexes;
      this.matching = matching;
      this.counted = counted;
    }

    @Override
    public Iterator<Row> call(String articleId, Iterator<Row> mentionRows, Iterator<Row> articleRows) {
      if (rollup == null) {
        ActorDictionary d = dictionary.value();
        titles = d.newMatcher(matching);
        index = indexes.value();
        rollup = new ArticleActorRollup(index, d::lineage);
      }
      Date date = null;
      String source = null;
      List<ArticleActorRollup.Mention> mentions = new ArrayList<>();
      while (mentionRows.hasNext()) {
        Row m = mentionRows.next();
        date = m.getDate(1);
        source = m.getString(2);
        mentions.add(new ArticleActorRollup.Mention(m.getString(3), m.getInt(4), m.getInt(5), m.getDouble(6)));
      }
      // Mentions whose article row is gone (an older output) still count, as the text they came from did.
      boolean counts = true;
      List<String> titleActors = new ArrayList<>();
      if (articleRows.hasNext()) {
        Row a = articleRows.next();
        date = a.getDate(1);
        source = a.getString(2);
        String title = a.getString(3);
        counts = counted.counts(articleId, a.getString(4));
        if (title != null) {
          for (ActorMatch m : titles.find(title, date.toLocalDate())) titleActors.add(m.actorId());
        }
      }
      if (date == null) return Collections.emptyIterator();
      List<Row> out = new ArrayList<>();
      for (ArticleActorRollup.ActorRow r : rollup.rollUp(mentions, titleActors)) {
        List<Row> partners = new ArrayList<>(r.partners().size());
        for (ArticleActorRollup.Partner p : r.partners()) {
          partners.add(RowFactory.create(p.actor(), p.sentences()));
        }
        out.add(RowFactory.create(articleId, date, source, index.id(r.actor()), r.actor(), counts, r.mentions(),
            r.sentimentSum(), r.sentimentSumSquares(), r.firstOffset(), r.inTitle(),
            // The row encoder takes a Scala Seq for an array column, not a java.util.List.
            JavaConverters.asScalaBuffer(partners).toSeq()));
      }
      return out.iterator();
    }
  }
}
