package org.actorpulse.job;

import org.actorpulse.aggregation.ActorTables;
import org.actorpulse.aggregation.ArticlesToSources;
import org.actorpulse.aggregation.CountedArticles;
import org.actorpulse.aggregation.DailyToActorSentiment;
import org.actorpulse.aggregation.MentionsToRollup;
import org.actorpulse.aggregation.RollupToActorDaily;
import org.actorpulse.aggregation.RollupToArticleActors;
import org.actorpulse.aggregation.RollupToPairs;
import org.actorpulse.aggregation.RollupToSourceActor;
import org.actorpulse.config.Settings;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.output.TableWriter;
import org.actorpulse.table.ArticleTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The aggregate stage: {@code mentions} to the analysts' tables. The tables are recomputed whole from the stored
 * mentions, which hold every date analysed so far, so a rerun of some days leaves them exact. Only the
 * {@link CountedArticles} and their mentions enter them.
 */
public final class AggregateJob {
  /** About 60 MB of Parquet per file at ~30 bytes a compressed row. */
  static final long ARTICLE_ACTORS_PER_FILE = 2_000_000;

  private AggregateJob() {}

  public static void run(SparkSession spark, Settings settings, ActorDictionary dictionary,
                                 TableWriter tables) {
    ActorTables actors = new ActorTables(spark, dictionary);
    CountedArticles counted = new CountedArticles(settings.nearDuplicates().countCopies());
    Dataset<Row> all = tables.read(Tables.ARTICLES, ArticleTable.SCHEMA);
    // Outlets are compared on what each published, syndicated copies included: a wire story an outlet runs is its
    // coverage too, whichever copy represents the cluster in the actor tables.
    tables.writeSmall(Tables.SOURCES, ArticlesToSources.apply(all.select("source", "date", "n_chars"))
        .orderBy("source"));
    Dataset<Row> stored = all.select("article_id", "date", "source", "title", "dup_cluster");
    Dataset<Row> allMentions = tables.read(Tables.MENTIONS);
    Dataset<Row> mentions = counted.mentions(allMentions, stored);
    Dataset<Row> articles = counted.articles(stored).select("article_id", "date", "source", "title");

    Dataset<Row> rollup = MentionsToRollup.apply(mentions, actors).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> daily = RollupToActorDaily.apply(rollup, actors).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        tables.writeSmall(Tables.ACTORS, actors.actors());
        tables.writeByDate(Tables.ARTICLE_ACTORS,
            RollupToArticleActors.apply(spark, rollup, articles, dictionary, settings.matching(), actors),
            ARTICLE_ACTORS_PER_FILE, tables.dates(Tables.ARTICLES));
        tables.writeSmall(Tables.ACTOR_DAILY, daily.orderBy("date", "actor_id"));
        tables.writeSmall(Tables.ACTOR_SENTIMENT,
            DailyToActorSentiment.apply(daily, settings.granularities(), settings.shiftTest())
                .orderBy("granularity", "actor_id", "period_start"));
        Dataset<Row> everyCopy = settings.nearDuplicates().countCopies() ? rollup
            : MentionsToRollup.apply(allMentions, actors);
        tables.writeSmall(Tables.SOURCE_ACTOR,
            RollupToSourceActor.apply(everyCopy, actors, settings.granularities(), settings.divergenceTest())
                .orderBy("granularity", "period_start", "source", "actor_id"));
        Dataset<Row> dailyPairs = RollupToPairs.daily(rollup, actors).persist(StorageLevel.MEMORY_AND_DISK());
        try {
          tables.writeSmall(Tables.ACTOR_PAIRS,
              RollupToPairs.byPeriod(dailyPairs, daily, articles.select("article_id", "date"),
                  settings.granularities())
                  .orderBy("granularity", "period_start", "actor_a", "actor_b"));
        } finally {
          dailyPairs.unpersist();
        }
      } finally {
        daily.unpersist();
      }
    } finally {
      rollup.unpersist();
    }
  }
}
