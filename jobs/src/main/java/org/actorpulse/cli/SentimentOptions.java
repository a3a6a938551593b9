package org.actorpulse.cli;

import java.nio.file.Path;
import org.actorpulse.config.Settings;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.sentiment.ExplainableScorer;
import org.actorpulse.sentiment.SentimentScorers;
import org.actorpulse.sentiment.SentimentSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What the sentiment commands share with every other command: {@code --conf} (read by {@link SettingsLoader}), so
 * they score with the lexicons, model and scorer the pipeline would use, and {@code --scorer} to compare the two.
 */
final class SentimentOptions {
  @Option(names = "--conf", paramLabel = "FILE",
      description = "Configuration file layered over conf/actorpulse.conf (sentiment.lexicons, sentiment.model, "
          + "sentiment.scorer).")
  Path conf;

  @Option(names = "--scorer", paramLabel = "NAME",
      description = "rules or model (default: the configuration's actorpulse.sentiment.scorer).")
  String scorer;

  Settings settings() {
    return SettingsLoader.load(conf);
  }

  /** The configuration's sentiment settings, with {@code --scorer} over the configured scorer. */
  SentimentSettings sentiment() {
    Settings s = settings();
    return new SentimentSettings(scorer != null ? scorer : s.sentimentScorer(), s.lexicons(), s.sentimentModel());
  }

  /** The sentiment settings and the scorer they choose. */
  record Loaded(SentimentSettings settings, ExplainableScorer scorer) {}

  /** {@link #sentiment} and its scorer; a bad scorer name or model file is a usage error of {@code command}. */
  Loaded load(CommandLine command) {
    try {
      SentimentSettings settings = sentiment();
      return new Loaded(settings, SentimentScorers.create(settings));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command, e.getMessage());
    }
  }
}
