package org.actorpulse.analysis.sparknlp;

import com.johnsnowlabs.nlp.LightPipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.actorpulse.SparkTestSession;
import org.actorpulse.analysis.AnalysisEngine;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.ActorMatcher;
import org.actorpulse.dictionary.TextFolding;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the engine's throughput with the default dictionary on copies of the seed article; prints figures,
 * asserts nothing about time. Off by default (a minute or two of both cores). Run from the project root:
 *
 * <pre>mvn -B -q -o test -Dtest=SparkNlpEngineThroughput -Dactorpulse.bench=true [-Dactorpulse.bench.copies=2000]</pre>
 */
@EnabledIfSystemProperty(named = "actorpulse.bench", matches = "true")
class SparkNlpEngineThroughput {
  private static final int COPIES = Integer.getInteger("actorpulse.bench.copies", 2000);
  private static final LocalDate DATE = LocalDate.of(2017, 9, 25);

  @Test
  void measure() throws Exception {
    SparkSession spark = SparkTestSession.get();
    ActorDictionary dictionary = ActorDictionary.load(CandidatePipelineTest.HOME.resolve("conf/actors"));
    long t0 = System.nanoTime();
    SparkNlpEngineFactory factory = SparkNlpEngineFactory.fit(spark, dictionary);
    System.out.printf(Locale.ROOT, "THROUGHPUT fit with %d surface forms: %.1f s%n",
        dictionary.surfaceForms().size(), (System.nanoTime() - t0) / 1e9);
    String seed = Files.readString(CandidatePipelineTest.SEED);
    double mb = (double) COPIES * seed.getBytes(StandardCharsets.UTF_8).length / 1e6;

    // On a shared machine wall time depends on the neighbours; the loop's own CPU time does not.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AnalysisEngine engine = factory.create((s, b, e) -> 0);
    for (int i = 0; i < 300; i++) engine.analyze(seed, DATE);
    t0 = System.nanoTime();
    long c0 = cpu.getCurrentThreadCpuTime();
    long mentions = 0;
    for (int i = 0; i < COPIES; i++) mentions += engine.analyze(seed, DATE).mentions().size();
    report("Spark NLP engine, plain Java loop, one thread", mb, t0, mentions);
    reportCpu("Spark NLP engine, plain Java loop, one thread", mb, c0, cpu.getCurrentThreadCpuTime());

    // The sentence detector scans to the end of the text at every bound: per-character cost grows with length.
    String longText = String.join("\n\n", Collections.nCopies(10, seed));
    c0 = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < COPIES / 10; i++) engine.analyze(longText, DATE);
    reportCpu("Spark NLP engine, the same bytes as " + COPIES / 10 + " texts of 10 seed articles each", mb, c0,
        cpu.getCurrentThreadCpuTime());

    ActorMatcher matcher = dictionary.newMatcher();
    for (int i = 0; i < 300; i++) matcher.find(seed, DATE);
    t0 = System.nanoTime();
    c0 = cpu.getCurrentThreadCpuTime();
    mentions = 0;
    for (int i = 0; i < COPIES; i++) mentions += matcher.find(seed, DATE).size();
    report("for comparison, the dictionary's Aho-Corasick matcher alone, one thread", mb, t0, mentions);
    reportCpu("for comparison, the dictionary's Aho-Corasick matcher alone, one thread", mb, c0,
        cpu.getCurrentThreadCpuTime());

    Dataset<String> texts = spark.createDataset(Collections.nCopies(COPIES, seed), Encoders.STRING()).repartition(2).cache();
    texts.count();
    // Executor CPU time of the tasks, summed over both threads: the figure the machine's load does not distort.
    AtomicLong taskCpu = new AtomicLong();
    SparkListener listener = new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) taskCpu.addAndGet(end.taskMetrics().executorCpuTime());
      }
    };
    spark.sparkContext().addSparkListener(listener);
    for (int round = 1; round <= 2; round++) {
      t0 = System.nanoTime();
      taskCpu.set(0);
      long n = texts.mapPartitions((MapPartitionsFunction<String, Long>) partition -> {
            AnalysisEngine e = factory.create((s, b, x) -> 0);
            long count = 0;
            while (partition.hasNext()) count += e.analyze(partition.next(), DATE).mentions().size();
            return List.of(count).iterator();
          }, Encoders.LONG())
          .collectAsList().stream().mapToLong(Long::longValue).sum();
      report("Spark NLP engine, mapPartitions on local[2], round " + round, mb, t0, n);
      Thread.sleep(500); // the listener bus delivers task ends asynchronously
      reportCpu("Spark NLP engine, mapPartitions on local[2], round " + round + ", tasks'", mb, 0, taskCpu.get());
    }
    spark.sparkContext().removeSparkListener(listener);
    texts.unpersist();

    // What AnnotatorSafeText's slash stand-in saves per text containing '/' (LightPipeline's file-path checks),
    // measured on the driver, where a SparkSession exists; on a cluster executor each check would also try to
    // start one.
    PipelineModel model = CandidatePipeline.fit(spark, dictionary.surfaceForms());
    LightPipeline light = new LightPipeline(model, false);
    String slashed = seed.replace("al-Jazeera", "al/Jazeera");
    String folded = TextFolding.foldForSearch(slashed);
    for (String text : List.of(AnnotatorSafeText.of(slashed), slashed)) {
      for (int i = 0; i < 300; i++) light.fullAnnotateJava(text, folded);
      t0 = System.nanoTime();
      for (int i = 0; i < COPIES; i++) light.fullAnnotateJava(text, folded);
      report("LightPipeline alone, text " + (text.indexOf('/') >= 0 ? "with" : "without") + " '/'", mb, t0, 0);
    }
  }

  private static void reportCpu(String what, double mb, long c0, long c1) {
    double s = (c1 - c0) / 1e9;
    System.out.printf(Locale.ROOT, "THROUGHPUT %s: %.1f MB in %.2f CPU s = %.2f MB per CPU second%n", what, mb, s, mb / s);
  }

  private static void report(String what, double mb, long t0, long mentions) {
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "THROUGHPUT %s: %d texts, %.1f MB in %.2f s = %.2f MB/s (%d mentions)%n",
        what, COPIES, mb, s, mb / s, mentions);
  }
}
