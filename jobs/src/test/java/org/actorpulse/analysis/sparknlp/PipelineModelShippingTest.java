package org.actorpulse.analysis.sparknlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.actorpulse.SparkTestSession;
import org.actorpulse.analysis.AnalysisEngine;
import org.actorpulse.analysis.AnalyzedText;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fitted pipeline, TextMatcherModel included, travels to executors inside a mapPartitions closure. */
class PipelineModelShippingTest {
  static final List<String> PHRASES = CandidatePipelineTest.PHRASES;

  private static PipelineModel model;

  @BeforeAll
  static void fit() {
    model = CandidatePipeline.fit(SparkTestSession.get(), PHRASES);
  }

  @Test
  void fittedModelWorksInsideMapPartitions() throws IOException {
    SparkSession spark = SparkTestSession.get();
    String seed = Files.readString(CandidatePipelineTest.SEED);
    List<String> texts = List.of(seed, "Russia’s general and the pro-SDF media.", "Nothing here.", seed + " The SDF again.");

    AnalysisEngine local = engine(model);
    List<String> expected = texts.stream().map(t -> describe(t, local.analyze(t, null))).sorted().toList();
    assertTrue(expected.get(expected.size() - 1).contains("SDF@"), "the texts have mentions to compare");

    PipelineModel shipped = model;
    List<String> remote = spark.createDataset(texts, Encoders.STRING()).repartition(2)
        .mapPartitions((MapPartitionsFunction<String, String>) partition -> {
          AnalysisEngine engine = engine(shipped); // once per partition, from the model in the closure
          List<String> out = new ArrayList<>();
          partition.forEachRemaining(t -> out.add(describe(t, engine.analyze(t, null))));
          return out.iterator();
        }, Encoders.STRING())
        .collectAsList();

    assertEquals(expected, remote.stream().sorted().toList());
  }

  @Test
  void fittedModelSurvivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(model);
    }
    PipelineModel copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (PipelineModel) in.readObject();
    }
    String text = "Russia’s general and the pro-SDF media.";
    assertEquals(describe(text, engine(model).analyze(text, null)), describe(text, engine(copy).analyze(text, null)));
  }

  private static AnalysisEngine engine(PipelineModel model) {
    return new SparkNlpEngine(model, PHRASES, new EveryCandidateResolver(PHRASES), (sentence, b, e) -> 0);
  }

  /** Sentence count, word count and every mention, as one comparable line. */
  static String describe(String text, AnalyzedText analyzed) {
    return analyzed.sentences().size() + " sentences, " + analyzed.tokens() + " words: "
        + analyzed.mentions().stream()
            .map(m -> m.actorId() + "@" + m.begin() + "-" + m.end() + "#" + m.sentenceIndex())
            .collect(Collectors.joining(" "))
        + " | " + text.hashCode();
  }
}
