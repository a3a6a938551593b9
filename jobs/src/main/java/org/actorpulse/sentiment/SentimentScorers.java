package org.actorpulse.sentiment;

/**
 * Builds the configured scorer once, on the driver; the result is immutable, thread-safe and serializable, so
 * the pipeline can broadcast it to executors.
 */
public final class SentimentScorers {
  private SentimentScorers() {
  }

  public static ExplainableScorer create(SentimentSettings settings) {
    Lexicon lexicon = Lexicon.load(settings.lexiconDir());
    return switch (settings.scorer()) {
      case SentimentSettings.RULES -> new RuleBasedScorer(lexicon);
      default -> ModelFile.read(settings.modelPath(), lexicon);
    };
  }
}
