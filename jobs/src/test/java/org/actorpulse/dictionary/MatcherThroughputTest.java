package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Throughput of the default dictionary's matcher on one thread, opt-in (it takes seconds and wants a quiet
 * machine): {@code mvn -o test -Dtest='org.actorpulse.dictionary.MatcherThroughputTest' -Dactorpulse.bench=true}.
 */
@EnabledIfSystemProperty(named = "actorpulse.bench", matches = "true")
class MatcherThroughputTest {
  @Test
  void matchesTheSeedArticleFast() throws Exception {
    Path home = Path.of(System.getProperty("actorpulse.home", ".."));
    long t0 = System.nanoTime();
    ActorDictionary dictionary = ActorDictionary.load(home.resolve("conf/actors"));
    long t1 = System.nanoTime();
    ActorMatcher matcher = dictionary.newMatcher();
    long t2 = System.nanoTime();
    String seed = Files.readString(home.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt"));
    LocalDate date = LocalDate.of(2017, 9, 25);
    int mentions = 0;
    for (int i = 0; i < 20_000; i++) mentions += matcher.find(seed, date).size(); // warm-up: JIT the trie walk
    int runs = 50_000;
    // Thread CPU time as well as wall time: the CPU figure holds when other work shares the machine.
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long c3 = threads.getCurrentThreadCpuTime();
    long t3 = System.nanoTime();
    for (int i = 0; i < runs; i++) mentions += matcher.find(seed, date).size();
    long t4 = System.nanoTime();
    long c4 = threads.getCurrentThreadCpuTime();
    double mb = (double) seed.length() * runs / 1e6;
    double seconds = (t4 - t3) / 1e9;
    System.out.printf("dictionary load %.0f ms, trie build %.0f ms; %d articles (%.1f MB) in %.2f s: %.1f MB/s, "
            + "%.0f articles/s (%.1f MB per CPU-second), %d mentions%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, runs, mb,
        seconds, mb / seconds, runs / seconds, mb / ((c4 - c3) / 1e9), mentions);
    assertTrue(mb / seconds > 5, "slower than the plain-Java pipeline figure of FACTS.md");
  }
}
