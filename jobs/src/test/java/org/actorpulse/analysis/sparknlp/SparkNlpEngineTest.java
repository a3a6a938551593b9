package org.actorpulse.analysis.sparknlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.actorpulse.SparkTestSession;
import org.actorpulse.analysis.AnalysisEngine;
import org.actorpulse.analysis.AnalyzedText;
import org.actorpulse.analysis.TextMention;
import org.actorpulse.sentiment.SentimentScorer;
import org.actorpulse.text.Span;
import org.apache.spark.ml.PipelineModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkNlpEngineTest {
  static final List<String> PHRASES = List.of("sdf", "syrian democratic forces", "russia", "syrian");

  private static PipelineModel model;

  @BeforeAll
  static void fit() {
    model = CandidatePipeline.fit(SparkTestSession.get(), PHRASES);
  }

  /** Scores by the sentence it is given, and fails unless the offsets it is given point at a phrase. */
  private static final SentimentScorer SCORER = (sentence, begin, end) -> {
    String target = sentence.substring(begin, end).toLowerCase();
    if (!PHRASES.contains(target)) throw new AssertionError("offsets point at '" + target + "' in: " + sentence);
    return sentence.startsWith("The SDF") ? -0.5 : 0.25;
  };

  @Test
  void mentionsCarryTheirSentenceAndAScoreWithinIt() {
    String text = "The SDF came.  Later, Russia’s general met the Syrian Democratic Forces (SDF).";
    AnalyzedText analyzed = new SparkNlpEngine(model, PHRASES, new EveryCandidateResolver(PHRASES), SCORER)
        .analyze(text, null);

    assertEquals(List.of(new Span(0, 13), new Span(15, text.length())), analyzed.sentences());
    assertEquals(13, analyzed.tokens(), "The SDF came | Later Russia s general met the Syrian Democratic Forces SDF");
    int sdf = text.indexOf("SDF");
    int russia = text.indexOf("Russia");
    int forces = text.indexOf("Syrian Democratic Forces");
    int sdf2 = text.lastIndexOf("SDF");
    assertEquals(List.of(
            new TextMention("SDF", "SDF", 0, sdf, sdf + 3, -0.5),
            new TextMention("RUSSIA", "Russia", 1, russia, russia + 6, 0.25),
            new TextMention("SYRIAN DEMOCRATIC FORCES", "Syrian Democratic Forces", 1, forces, forces + 24, 0.25),
            new TextMention("SDF", "SDF", 1, sdf2, sdf2 + 3, 0.25)),
        analyzed.mentions());
  }

  @Test
  void oneEngineServesManyThreads() throws Exception {
    String seed = Files.readString(CandidatePipelineTest.SEED);
    AnalysisEngine engine = new SparkNlpEngine(model, PHRASES, new EveryCandidateResolver(PHRASES), (s, b, e) -> 0);
    AnalyzedText alone = engine.analyze(seed, null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnalyzedText>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) results.add(pool.submit(() -> engine.analyze(seed, null)));
      for (Future<AnalyzedText> result : results) assertEquals(alone, result.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sentenceIndexIsTheLastSentenceStartingAtOrBeforeTheOffset() {
    List<Span> sentences = List.of(new Span(2, 10), new Span(12, 20), new Span(21, 30));
    assertEquals(0, SparkNlpEngine.sentenceIndex(sentences, 0));
    assertEquals(0, SparkNlpEngine.sentenceIndex(sentences, 9));
    assertEquals(1, SparkNlpEngine.sentenceIndex(sentences, 12));
    assertEquals(1, SparkNlpEngine.sentenceIndex(sentences, 20));
    assertEquals(2, SparkNlpEngine.sentenceIndex(sentences, 29));
    assertEquals(0, SparkNlpEngine.sentenceIndex(List.of(), 5));
  }
}
