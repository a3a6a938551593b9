package org.actorpulse.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.actorpulse.analysis.FastAnalysisEngine;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.text.RuleSentenceSplitter;

/**
 * Where the model's scoring time goes, by part, on the sentences the fast engine hands it: the fast engine runs once
 * over a set of articles to collect each {@link SentimentScorer#scoreAll} call (a sentence and its targets), then one
 * thread replays them, in interleaved rounds, three ways: tokenizing the sentence ({@link Sentence}) alone; scoring
 * with no targets (the sentence prepared: tokens, their weight entries, the sentence-wide sums); and scoring every
 * target. The differences give what each part costs. Thread CPU time, median over the rounds. Not a test: run it by
 * hand from the repository root, {@code java -cp jobs/target/test-classes:jobs/target/classes:<runtime classpath>
 * org.actorpulse.sentiment.ScoringParts ARTICLES.jsonl [SECONDS_PER_ROUND [ROUNDS]]} ({@code -Dmodel=FILE} for
 * another model than the shipped one). {@link org.actorpulse.analysis.ScoringCost} measures the same scoring inside
 * the engine, where the matcher's tables share the cache with the scorer's.
 */
public final class ScoringParts {
  private record Call(String sentence, int[] begins, int[] ends) {}

  private ScoringParts() {}

  public static void main(String[] args) throws IOException {
    Path home = Path.of(System.getProperty("actorpulse.home", "."));
    Path input = args.length > 0 ? Path.of(args[0]) : home.resolve("examples/news-sample.jsonl");
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    Lexicon lexicon = Lexicon.load(home.resolve("conf/lexicons"));
    ModelScorer model = ModelFile.read(
        Path.of(System.getProperty("model", home.resolve("conf/models/sentiment-model.json").toString())), lexicon);
    TargetFeatures features = new TargetFeatures(lexicon);
    List<Call> calls = calls(input, ActorDictionary.load(home.resolve("conf/actors")));
    int mentions = 0;
    long tokens = 0;
    for (Call c : calls) {
      mentions += c.begins().length;
      tokens += features.prepare(c.sentence()).size();
    }

    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[][] microsPerPass = new double[3][rounds];
    int[] noTargets = new int[0];
    for (int round = -2; round < rounds; round++) { // two rounds of warm-up for the JIT
      for (int part = 0; part < 3; part++) {
        long start = cpu.getCurrentThreadCpuTime();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        int passes = 0;
        double sink = 0;
        do {
          for (Call c : calls) {
            if (part == 0) {
              sink += features.prepare(c.sentence()).size();
            } else if (part == 1) {
              model.scoreAll(c.sentence(), noTargets, noTargets, new double[0]);
            } else {
              double[] scores = new double[c.begins().length];
              model.scoreAll(c.sentence(), c.begins(), c.ends(), scores);
              sink += scores[0];
            }
          }
          passes++;
        } while (System.nanoTime() < deadline);
        if (sink == Double.MIN_VALUE) System.out.print(""); // keeps the work from being optimised away
        if (round >= 0) microsPerPass[part][round] = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / passes;
      }
    }
    double tokenize = median(microsPerPass[0]);
    double prepare = median(microsPerPass[1]);
    double full = median(microsPerPass[2]);
    System.out.printf(Locale.ROOT, "%d sentences holding %d mentions, %.1f tokens per sentence; median CPU over %d "
        + "rounds%n", calls.size(), mentions, tokens / (double) calls.size(), rounds);
    System.out.printf(Locale.ROOT, "per sentence: tokenizing %.2f us, then looking its tokens up and summing %.2f us; "
            + "per mention: its own features %.2f us; in all %.2f us per mention%n", tokenize / calls.size(),
        (prepare - tokenize) / calls.size(), (full - prepare) / mentions, full / mentions);
  }

  /** The scorer's calls the fast engine makes on the articles' texts, recorded rather than scored. */
  private static List<Call> calls(Path input, ActorDictionary dictionary) throws IOException {
    List<Call> calls = new ArrayList<>();
    SentimentScorer recorder = new SentimentScorer() {
      @Override
      public double score(String sentence, int begin, int end) {
        calls.add(new Call(sentence, new int[] {begin}, new int[] {end}));
        return 0;
      }

      @Override
      public void scoreAll(String sentence, int[] begins, int[] ends, double[] scores) {
        calls.add(new Call(sentence, begins.clone(), ends.clone()));
      }
    };
    FastAnalysisEngine engine =
        new FastAnalysisEngine(dictionary.newMatcher(MatchOptions.DEFAULTS), new RuleSentenceSplitter(), recorder);
    ObjectMapper json = new ObjectMapper();
    LocalDate date = LocalDate.of(2017, 9, 25);
    for (String line : Files.readAllLines(input)) {
      try {
        JsonNode n = json.readTree(line);
        if (n != null && n.hasNonNull("text")) engine.analyze(n.get("text").asText(), date);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        // the sample keeps a few broken records on purpose, for the readers' tests
      }
    }
    return calls;
  }

  private static double median(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
