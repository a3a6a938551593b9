package org.actorpulse.job;

/** Names of the tables of an output folder, each a sub-folder of Parquet files. */
public final class Tables {
  public static final String ARTICLES = "articles";
  public static final String REJECTS = "rejects";
  public static final String MENTIONS = org.actorpulse.table.MentionTable.NAME;
  public static final String ACTORS = org.actorpulse.aggregation.ActorTables.ACTORS;
  public static final String ARTICLE_ACTORS = org.actorpulse.aggregation.MentionsToArticleActors.NAME;
  public static final String ACTOR_DAILY = org.actorpulse.aggregation.ArticleActorsToActorDaily.NAME;
  public static final String ACTOR_SENTIMENT = org.actorpulse.aggregation.DailyToActorSentiment.NAME;
  public static final String ACTOR_PAIRS = org.actorpulse.aggregation.ArticleActorsToPairs.NAME;
  public static final String SOURCES = org.actorpulse.aggregation.ArticlesToSources.NAME;
  public static final String SOURCE_ACTOR = org.actorpulse.aggregation.ArticleActorsToSourceActor.NAME;
  public static final String CANDIDATES = org.actorpulse.analysis.ArticlesToCandidates.NAME;
  public static final String RUNS = org.actorpulse.output.RunsTable.NAME;

  private Tables() {}
}
