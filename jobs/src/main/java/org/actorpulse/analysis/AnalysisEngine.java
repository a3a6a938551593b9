package org.actorpulse.analysis;

import java.time.LocalDate;

/**
 * Text in; sentences, tokens and actor mentions with sentiment out. The fast engine and the Spark NLP engine
 * are two implementations of this one contract and are tested against each other.
 *
 * <p>An engine is built once per executor (it holds compiled matchers) and is safe to share across threads.
 */
public interface AnalysisEngine extends AutoCloseable {
  /** @param date the article's date, which selects date-bounded aliases; null ignores them */
  AnalyzedText analyze(String text, LocalDate date);

  @Override
  default void close() {}
}
