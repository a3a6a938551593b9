package org.actorpulse.analysis;

import java.util.Objects;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.sentiment.SentimentScorer;
import org.actorpulse.text.RuleSentenceSplitter;

/** Ships the dictionary and the scorer to executors and builds the {@link FastAnalysisEngine} there. */
public final class FastEngineFactory extends EngineFactory {
  private static final long serialVersionUID = 1L;

  private final ActorDictionary dictionary;
  private final SentimentScorer scorer;
  private final MatchOptions matching;

  /** With the default matching options. */
  public FastEngineFactory(ActorDictionary dictionary, SentimentScorer scorer) {
    this(dictionary, scorer, MatchOptions.DEFAULTS);
  }

  /** @param scorer must be serializable: it travels with the factory */
  public FastEngineFactory(ActorDictionary dictionary, SentimentScorer scorer, MatchOptions matching) {
    this.dictionary = Objects.requireNonNull(dictionary);
    this.scorer = Objects.requireNonNull(scorer);
    this.matching = Objects.requireNonNull(matching);
    if (!(scorer instanceof java.io.Serializable)) {
      throw new IllegalArgumentException("scorer " + scorer.getClass().getName() + " is not serializable");
    }
  }

  @Override
  protected AnalysisEngine build() {
    return new FastAnalysisEngine(dictionary.newMatcher(matching), new RuleSentenceSplitter(), scorer);
  }

  @Override
  public String name() {
    return "fast";
  }
}
