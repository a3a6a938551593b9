package org.actorpulse.sentiment;

/** Builds the configured scorer once, on the driver; the result is serializable for broadcasting. */
public final class SentimentScorers {
  private SentimentScorers() {
  }

  public static ExplainableScorer create(SentimentSettings settings) {
    Lexicon lexicon = Lexicon.load(settings.lexiconDir());
    return switch (settings.scorer()) {
      case SentimentSettings.RULES -> new RuleBasedScorer(lexicon);
      default -> throw new IllegalArgumentException("scorer " + settings.scorer() + " is not available yet");
    };
  }
}
