package org.actorpulse.job;

import org.actorpulse.analysis.EngineFactory;
import org.actorpulse.analysis.FastEngineFactory;
import org.actorpulse.config.Settings;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.sentiment.SentimentScorer;
import org.actorpulse.sentiment.SentimentScorers;
import org.actorpulse.sentiment.SentimentSettings;

/** Builds the configured analysis engine's factory on the driver. */
final class Engines {
  private Engines() {}

  static EngineFactory create(Settings settings, ActorDictionary dictionary) {
    SentimentScorer scorer = SentimentScorers.create(
        new SentimentSettings(settings.sentimentScorer(), settings.lexicons(), settings.sentimentModel()));
    return switch (settings.engine()) {
      case "fast" -> new FastEngineFactory(dictionary, scorer);
      default -> throw new IllegalStateException("engine " + settings.engine() + " is not available yet");
    };
  }
}
