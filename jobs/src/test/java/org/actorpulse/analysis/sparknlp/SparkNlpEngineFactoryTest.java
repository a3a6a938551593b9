package org.actorpulse.analysis.sparknlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.actorpulse.SparkTestSession;
import org.actorpulse.analysis.AnalysisEngine;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.ActorMatcher;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The factory as the Spark job uses it: fitted on the driver, captured in a closure, engines built per partition. */
class SparkNlpEngineFactoryTest {
  private static ActorDictionary dictionary;
  private static SparkNlpEngineFactory factory;

  @BeforeAll
  static void fit() {
    dictionary = ActorDictionary.load(CandidatePipelineTest.HOME.resolve("conf/actors"));
    factory = SparkNlpEngineFactory.fit(SparkTestSession.get(), dictionary);
  }

  @Test
  void enginesBuiltInsideMapPartitionsFindTheDictionaryMatchersMentions() throws IOException {
    SparkSession spark = SparkTestSession.get();
    String seed = Files.readString(CandidatePipelineTest.SEED);
    List<String> texts = List.of(seed, "Russia’s army and the pro-SDF media.", "Nothing to see.",
        "The Islamic\nState held Raqqa until the SDF came.");
    ActorMatcher matcher = dictionary.newMatcher();
    List<String> expected = new ArrayList<>();
    for (String text : texts) {
      matcher.find(text, LocalDate.of(2017, 9, 25)).forEach(m -> expected.add(m.actorId() + "@" + m.begin() + "-" + m.end() + "|" + text.hashCode()));
    }
    assertTrue(expected.size() > 50, "the texts have mentions: " + expected.size());

    SparkNlpEngineFactory shipped = factory; // captured in the closure, Java-serialized with the task
    List<String> remote = spark.createDataset(texts, Encoders.STRING()).repartition(2)
        .mapPartitions((MapPartitionsFunction<String, String>) partition -> {
          AnalysisEngine engine = shipped.create((sentence, b, e) -> 0);
          List<String> out = new ArrayList<>();
          partition.forEachRemaining(text -> engine.analyze(text, LocalDate.of(2017, 9, 25)).mentions()
              .forEach(m -> out.add(m.actorId() + "@" + m.begin() + "-" + m.end() + "|" + text.hashCode())));
          return out.iterator();
        }, Encoders.STRING())
        .collectAsList();

    assertEquals(expected.stream().sorted().toList(), remote.stream().sorted().toList());
  }

  @Test
  void factorySurvivesASparkBroadcastToo() {
    SparkSession spark = SparkTestSession.get();
    // A broadcast goes through spark.serializer (Kryo here), not Java serialization like a closure.
    Broadcast<SparkNlpEngineFactory> broadcast =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(factory);
    String text = "Russia’s army and the pro-SDF media met the Islamic\nState.";
    List<String> expected = factory.create((sentence, b, e) -> 0).analyze(text, null).mentions().stream()
        .map(m -> m.actorId() + "@" + m.begin() + "-" + m.end()).toList();
    assertEquals(3, expected.size(), expected.toString());
    try {
      List<String> remote = spark.createDataset(List.of(text), Encoders.STRING())
          .mapPartitions((MapPartitionsFunction<String, String>) partition -> {
            AnalysisEngine engine = broadcast.value().create((sentence, b, e) -> 0);
            List<String> out = new ArrayList<>();
            partition.forEachRemaining(t -> engine.analyze(t, null).mentions()
                .forEach(m -> out.add(m.actorId() + "@" + m.begin() + "-" + m.end())));
            return out.iterator();
          }, Encoders.STRING())
          .collectAsList();
      assertEquals(expected, remote);
    } finally {
      broadcast.destroy();
    }
  }

  @Test
  void factoryIsSmallBecauseTheTrieTravelsAsABroadcast() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(factory);
    }
    ByteArrayOutputStream dictionaryBytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(dictionaryBytes)) {
      out.writeObject(dictionary);
    }
    int pipeline = bytes.size() - dictionaryBytes.size();
    assertTrue(pipeline < 200_000, "the pipeline adds " + pipeline + " bytes to the dictionary's "
        + dictionaryBytes.size() + ": is spark.jsl.settings.useBroadcastForFeatures off?");
  }
}
