package org.actorpulse.job;

import static org.apache.spark.sql.functions.col;

import org.actorpulse.aggregation.ActorIndex;
import org.actorpulse.aggregation.ActorTables;
import org.actorpulse.aggregation.ArticleActorsToActorDaily;
import org.actorpulse.aggregation.ArticleActorsToDailySums;
import org.actorpulse.aggregation.ArticleActorsToPairs;
import org.actorpulse.aggregation.ArticleActorsToSourceActor;
import org.actorpulse.aggregation.ArticlesToSources;
import org.actorpulse.aggregation.CountedArticles;
import org.actorpulse.aggregation.DailyToActorSentiment;
import org.actorpulse.aggregation.MentionsToArticleActors;
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
 * {@link CountedArticles} enter them, except {@code sources} and {@code source_actor}.
 */
public final class AggregateJob {
  /** About 60 MB of Parquet per file at ~30 bytes a compressed row. */
  static final long ARTICLE_ACTORS_PER_FILE = 2_000_000;

  private AggregateJob() {}

  public static void run(SparkSession spark, Settings settings, ActorDictionary dictionary,
                                 TableWriter tables) {
    CountedArticles counted = new CountedArticles(settings.nearDuplicates().countCopies());
    Dataset<Row> all = tables.read(Tables.ARTICLES, ArticleTable.SCHEMA);
    // Outlets are compared on what each published, syndicated copies included: a wire story an outlet runs is its
    // coverage too, whichever copy represents the cluster in the actor tables.
    tables.writeSorted(Tables.SOURCES, ArticlesToSources.apply(all.select("source", "date", "n_chars")),
        "source");
    Dataset<Row> articles = counted.articles(all.select("article_id", "date", "dup_cluster"))
        .select("article_id", "date");

    Dataset<Row> mentions = tables.read(Tables.MENTIONS);
    ActorIndex index = MentionsToArticleActors.index(mentions, dictionary);
    ActorTables actors = new ActorTables(spark, dictionary, index);
    // Every table below is summed from these rows; each article's mentions are read once, in one shuffle. Kept on
    // local disk, not in memory: at a million articles they are 3.0 GB, more than a 4 GB heap's storage share, and
    // caching them in memory made the shuffle that builds them fight its own cache writes for memory (a
    // million-article run failed so, UNABLE_TO_ACQUIRE_MEMORY), and cost 27 s of GC where disk costs 2.
    Dataset<Row> articleActors = MentionsToArticleActors.apply(spark, mentions, all, dictionary, index,
        settings.matching(), counted).persist(StorageLevel.DISK_ONLY());
    try {
      Dataset<Row> inText = articleActors.where(col("mentions").gt(0));
      // Per day, source and actor: actor_daily sums its counted columns, source_actor every copy.
      Dataset<Row> dailySums = ArticleActorsToDailySums.apply(inText).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> daily = ArticleActorsToActorDaily.apply(dailySums, actors).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        tables.writeSmall(Tables.ACTORS, actors.actors());
        tables.writeByDate(Tables.ARTICLE_ACTORS, MentionsToArticleActors.table(articleActors),
            ARTICLE_ACTORS_PER_FILE, tables.dates(Tables.ARTICLES));
        tables.writeSorted(Tables.ACTOR_DAILY, daily.drop("actor_index"), "date", "actor_id");
        tables.writeSorted(Tables.ACTOR_SENTIMENT,
            DailyToActorSentiment.apply(daily, settings.granularities(), settings.shiftTest()),
            "granularity", "actor_id", "period_start");
        tables.writeSorted(Tables.SOURCE_ACTOR,
            ArticleActorsToSourceActor.apply(dailySums, actors, settings.granularities(), settings.divergenceTest()),
            "granularity", "period_start", "source", "actor_id");
        Dataset<Row> dailyPairs = ArticleActorsToPairs.daily(inText.where(col("counted")))
            .persist(StorageLevel.MEMORY_AND_DISK());
        try {
          tables.writeSorted(Tables.ACTOR_PAIRS,
              ArticleActorsToPairs.byPeriod(dailyPairs, daily, articles, settings.granularities(), index),
              "granularity", "period_start", "actor_a", "actor_b");
        } finally {
          dailyPairs.unpersist();
        }
      } finally {
        daily.unpersist();
        dailySums.unpersist();
      }
    } finally {
      articleActors.unpersist();
    }
  }
}
