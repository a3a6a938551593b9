package org.actorpulse.ingest.language;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Not a test: what language detection costs per article, on one thread. Articles of about 4 KB are drawn from
 * the seed article's sentences (seed 42), as IngestBenchmark does. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.actorpulse.ingest.language.DetectorCost 10000}.
 */
public final class DetectorCost {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    String seed = Files.readString(Path.of(DetectorCost.class.getResource("/ingest/seed/000_87504b5c0eae03d5.txt").toURI()));
    String[] sentences = seed.substring(seed.indexOf("\n\n") + 2).split("(?<=\\.) ");
    Random rnd = new Random(42);
    List<String> articles = new ArrayList<>();
    long chars = 0;
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 4000) b.append(sentences[rnd.nextInt(sentences.length)]).append(' ');
      articles.add(b.toString());
      chars += b.length();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long load0 = System.nanoTime();
    LanguageDetector.detect(articles.get(0));
    double loadSeconds = (System.nanoTime() - load0) / 1e9;
    for (int i = 0; i < Math.min(n, 2000); i++) LanguageDetector.detect(articles.get(i)); // JIT warm-up

    Map<String, Integer> found = new TreeMap<>();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (String a : articles) found.merge(LanguageDetector.detect(a), 1, Integer::sum);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "model load + first call: %.2f s%n", loadSeconds);
    System.out.printf(Locale.ROOT, "%d articles, %.1f MB: wall %.2f s, cpu %.2f s, %.0f us/article, %.1f MB/s of"
        + " article text per core%n", n, chars / 1e6, wall, cpu, cpu * 1e6 / n, chars / 1e6 / cpu);
    System.out.println("languages: " + found);
  }
}
