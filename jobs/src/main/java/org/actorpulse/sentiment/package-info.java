/**
 * Target-dependent sentiment: what a sentence says about one target in it, as a score in [-1, 1].
 *
 * <p>The pipeline builds a scorer once on the driver with {@link org.actorpulse.sentiment.SentimentScorers#create}
 * from {@link org.actorpulse.sentiment.SentimentSettings} (scorer {@code model} or {@code rules}, the lexicon
 * directory, the model file) and broadcasts it: both scorers are immutable, thread-safe and serializable.
 * {@code model} ({@link org.actorpulse.sentiment.ModelScorer}, trained on NewsMTSC with the target masked) is the
 * more accurate and the default; {@code rules} ({@link org.actorpulse.sentiment.RuleBasedScorer}) needs only the
 * lexicons. Each scorer carries the decision rule tuned for it on the training data
 * ({@link org.actorpulse.sentiment.ExplainableScorer#classify}: thresholds on the score for the rules, the most
 * probable class for the model) and can say which features moved a score
 * ({@link org.actorpulse.sentiment.ExplainableScorer#explain}). Several targets of one sentence are scored with one
 * {@link org.actorpulse.sentiment.SentimentScorer#scoreAll} call, which tokenizes the sentence once.
 *
 * <p>Pure Java: no Spark, Spark NLP or Scala here (a test enforces it).
 */
package org.actorpulse.sentiment;
