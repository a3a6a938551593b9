package org.actorpulse.analysis.sparknlp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.actorpulse.analysis.AnalysisEngine;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.sentiment.SentimentScorer;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;

/**
 * What an executor needs to build a {@link SparkNlpEngine}: the fitted pipeline and the dictionary. Made on the
 * DRIVER by {@link #fit}, which needs the SparkSession; then captured in the {@code mapPartitions} closure (Java
 * serialization) or broadcast ({@code spark.serializer}, Kryo here), both tested in
 * {@code SparkNlpEngineFactoryTest}; each partition calls {@link #create} once.
 *
 * <p>Either way it travels small: the pipeline's large part, the TextMatcher's phrase trie, is a Spark broadcast
 * of its own (Spark NLP's default {@code spark.jsl.settings.useBroadcastForFeatures}), fetched once per
 * executor; with the default dictionary the factory Java-serializes to about 350 KB, 26 KB of it the pipeline.
 * Hence also: a factory is only valid while the SparkContext that fitted it lives.
 *
 * <p>Immutable and safe to share across threads.
 */
public final class SparkNlpEngineFactory implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PipelineModel model;
  private final ActorDictionary dictionary;

  private SparkNlpEngineFactory(PipelineModel model, ActorDictionary dictionary) {
    this.model = Objects.requireNonNull(model, "model");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** Fits the pipeline on the dictionary's surface forms. Driver only. */
  public static SparkNlpEngineFactory fit(SparkSession spark, ActorDictionary dictionary) {
    return new SparkNlpEngineFactory(CandidatePipeline.fit(spark, dictionary.surfaceForms()), dictionary);
  }

  /** A new engine; call once per partition or executor, not per text (it indexes the surface forms). Executor side. */
  public AnalysisEngine create(SentimentScorer scorer) {
    return create(scorer, MatchOptions.DEFAULTS);
  }

  /** A new engine resolving candidates with the given matching options; once per partition or executor. */
  public AnalysisEngine create(SentimentScorer scorer, MatchOptions matching) {
    List<String> forms = dictionary.surfaceForms();
    return new SparkNlpEngine(model, forms, dictionary.newResolver(matching), scorer);
  }
}
