package org.actorpulse.analysis.sparknlp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.actorpulse.SparkTestSession;
import org.actorpulse.analysis.AnalysisEngine;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the engine's throughput on copies of the seed article; prints figures, asserts nothing about time.
 * Off by default (it takes a minute of both cores). Run:
 *
 * <pre>mvn -B -q -o test -Dtest=SparkNlpEngineThroughput -Dactorpulse.bench=true [-Dactorpulse.bench.copies=2000]</pre>
 */
@EnabledIfSystemProperty(named = "actorpulse.bench", matches = "true")
class SparkNlpEngineThroughput {
  private static final int COPIES = Integer.getInteger("actorpulse.bench.copies", 2000);

  @Test
  void measure() throws Exception {
    SparkSession spark = SparkTestSession.get();
    List<String> phrases = CandidatePipelineTest.PHRASES;
    PipelineModel model = CandidatePipeline.fit(spark, phrases);
    String seed = Files.readString(CandidatePipelineTest.SEED);
    double mb = (double) COPIES * seed.getBytes(StandardCharsets.UTF_8).length / 1e6;

    AnalysisEngine engine = new SparkNlpEngine(model, phrases, new EveryCandidateResolver(phrases), (s, b, e) -> 0);
    for (int i = 0; i < 300; i++) engine.analyze(seed, null);
    long t0 = System.nanoTime();
    long mentions = 0;
    for (int i = 0; i < COPIES; i++) mentions += engine.analyze(seed, null).mentions().size();
    report("plain Java loop, one thread", mb, t0, mentions);

    Dataset<String> texts = spark.createDataset(Collections.nCopies(COPIES, seed), Encoders.STRING()).repartition(2).cache();
    texts.count();
    for (int round = 0; round < 2; round++) {
      t0 = System.nanoTime();
      long n = texts.mapPartitions((MapPartitionsFunction<String, Long>) partition -> {
            AnalysisEngine e = new SparkNlpEngine(model, phrases, new EveryCandidateResolver(phrases), (s, b, x) -> 0);
            long count = 0;
            while (partition.hasNext()) count += e.analyze(partition.next(), null).mentions().size();
            return List.of(count).iterator();
          }, Encoders.LONG())
          .collectAsList().stream().mapToLong(Long::longValue).sum();
      report("mapPartitions on local[2], round " + (round + 1), mb, t0, n);
    }
    texts.unpersist();

    // What the slash stand-in saves per text containing '/' (the file-path checks of LightPipeline), here on
    // the driver where a SparkSession exists; on a cluster executor each check also tries to start a session.
    String slashed = seed.replace("al-Jazeera", "al/Jazeera");
    com.johnsnowlabs.nlp.LightPipeline light = new com.johnsnowlabs.nlp.LightPipeline(model, false);
    List<String> safe = new ArrayList<>(List.of(AnnotatorSafeText.of(slashed), slashed));
    for (String text : safe) {
      for (int i = 0; i < 200; i++) light.fullAnnotateJava(text);
      t0 = System.nanoTime();
      for (int i = 0; i < COPIES; i++) light.fullAnnotateJava(text);
      report("LightPipeline alone, text " + (text.indexOf('/') >= 0 ? "with" : "without") + " '/'", mb, t0, 0);
    }
  }

  private static void report(String what, double mb, long t0, long mentions) {
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "THROUGHPUT %s: %d texts, %.1f MB in %.2f s = %.2f MB/s (%d mentions)%n",
        what, COPIES, mb, s, mb / s, mentions);
  }
}
