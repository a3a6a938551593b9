package org.actorpulse.job;

import org.actorpulse.analysis.AnalysisEngine;
import org.actorpulse.analysis.EngineFactory;
import org.actorpulse.analysis.FastEngineFactory;
import org.actorpulse.analysis.sparknlp.SparkNlpEngineFactory;
import org.actorpulse.config.Settings;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.sentiment.SentimentScorer;
import org.actorpulse.sentiment.SentimentScorers;
import org.actorpulse.sentiment.SentimentSettings;
import org.apache.spark.sql.SparkSession;

/** Builds the configured analysis engine's factory on the driver. */
final class Engines {
  private Engines() {}

  static EngineFactory create(SparkSession spark, Settings settings, ActorDictionary dictionary) {
    SentimentScorer scorer = SentimentScorers.create(
        new SentimentSettings(settings.sentimentScorer(), settings.lexicons(), settings.sentimentModel()));
    return switch (settings.engine()) {
      case "fast" -> new FastEngineFactory(dictionary, scorer, settings.matching());
      case "sparknlp" -> new SparkNlp(SparkNlpEngineFactory.fit(spark, dictionary), scorer, settings.matching());
      default -> throw new IllegalStateException("unknown engine " + settings.engine());
    };
  }

  /** The Spark NLP engine behind the same broadcast contract; valid while the SparkContext that fitted it lives. */
  static final class SparkNlp extends EngineFactory {
    private static final long serialVersionUID = 1L;
    private final SparkNlpEngineFactory fitted;
    private final SentimentScorer scorer;
    private final MatchOptions matching;

    SparkNlp(SparkNlpEngineFactory fitted, SentimentScorer scorer, MatchOptions matching) {
      this.fitted = fitted;
      this.scorer = scorer;
      this.matching = matching;
    }

    @Override
    protected AnalysisEngine build() {
      return fitted.create(scorer, matching);
    }

    @Override
    public String name() {
      return "sparknlp";
    }
  }
}
