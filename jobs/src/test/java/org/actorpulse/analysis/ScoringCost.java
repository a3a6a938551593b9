package org.actorpulse.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.sentiment.SentimentScorer;
import org.actorpulse.sentiment.SentimentScorers;
import org.actorpulse.sentiment.SentimentSettings;
import org.actorpulse.text.RuleSentenceSplitter;

/**
 * What sentiment scoring adds to the fast engine's analysis: the engine's CPU time per pass over a set of articles
 * with a scorer that returns 0, with the rules and with the model, in interleaved rounds (thread CPU time, so other
 * processes on a shared machine disturb it less than wall time would). Not a test: run it by hand,
 * {@code java -cp jobs/target/test-classes:jobs/target/classes:<runtime classpath> org.actorpulse.analysis.ScoringCost
 * [ARTICLES.jsonl [SECONDS_PER_ROUND [ROUNDS]]]} from the repository root ({@code -Dmodel=FILE} for another model
 * than the shipped one); it prints the median milliseconds per pass
 * and the share each scorer adds.
 */
public final class ScoringCost {
  private ScoringCost() {
  }

  public static void main(String[] args) throws IOException {
    Path home = Path.of(System.getProperty("actorpulse.home", "."));
    Path input = args.length > 0 ? Path.of(args[0]) : home.resolve("examples/news-sample.jsonl");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(input)) {
      try {
        com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
        if (n != null && n.hasNonNull("text")) texts.add(n.get("text").asText());
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // the sample keeps a few broken records on purpose, for the readers' tests
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();

    ActorDictionary dictionary = ActorDictionary.load(home.resolve("conf/actors"));
    Path lexicons = home.resolve("conf/lexicons");
    Map<String, SentimentScorer> scorers = new LinkedHashMap<>();
    scorers.put("none", (s, b, e) -> 0.0);
    scorers.put("rules", SentimentScorers.create(new SentimentSettings("rules", lexicons, null)));
    scorers.put("model", SentimentScorers.create(new SentimentSettings("model", lexicons,
        Path.of(System.getProperty("model", home.resolve("conf/models/sentiment-model.json").toString())))));
    Map<String, FastAnalysisEngine> engines = new LinkedHashMap<>();
    scorers.forEach((name, s) -> engines.put(name,
        new FastAnalysisEngine(dictionary.newMatcher(MatchOptions.DEFAULTS), new RuleSentenceSplitter(), s)));

    LocalDate date = LocalDate.of(2017, 9, 25);
    int mentions = 0;
    for (String t : texts) mentions += engines.get("none").analyze(t, date).mentions().size();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Map<String, double[]> perPass = new LinkedHashMap<>();
    engines.keySet().forEach(k -> perPass.put(k, new double[rounds]));
    for (int round = -2; round < rounds; round++) { // two rounds of warm-up for the JIT
      for (Map.Entry<String, FastAnalysisEngine> e : engines.entrySet()) {
        long start = cpu.getCurrentThreadCpuTime();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        long sink = 0;
        do {
          for (String t : texts) sink += e.getValue().analyze(t, date).mentions().size();
          passes++;
        } while (System.nanoTime() < deadline);
        if (sink < 0) System.out.print("");
        if (round >= 0) perPass.get(e.getKey())[round] = (cpu.getCurrentThreadCpuTime() - start) / 1e6 / passes;
      }
    }
    double none = median(perPass.get("none"));
    System.out.printf(Locale.ROOT, "%d articles, %.1f KB, %d mentions; median CPU ms per pass over %d rounds%n",
        texts.size(), chars / 1024.0, mentions, rounds);
    for (Map.Entry<String, double[]> e : perPass.entrySet()) {
      double ms = median(e.getValue());
      System.out.printf(Locale.ROOT, "%-6s %8.2f ms  %6.1f MB/s  scoring adds %5.1f%%  (%.1f us per mention)%n",
          e.getKey(), ms, chars / 1e6 / (ms / 1e3), 100 * (ms - none) / none, 1e3 * (ms - none) / mentions);
    }
  }

  private static double median(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
