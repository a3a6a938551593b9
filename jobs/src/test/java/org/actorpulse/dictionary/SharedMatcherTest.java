package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Executors share one matcher between task threads: it must give every thread the answer it gives one. */
class SharedMatcherTest {
  @Test
  void oneMatcherServesManyThreads() throws Exception {
    Path home = Path.of(System.getProperty("actorpulse.home", ".."));
    ActorMatcher matcher = ActorDictionary.load(home.resolve("conf/actors")).newMatcher();
    List<String> texts = texts(home);
    List<List<ActorMatch>> expected = texts.stream().map(t -> matcher.find(t, LocalDate.of(2017, 9, 25))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<ActorMatch>>>> runs = new ArrayList<>();
      for (int r = 0; r < 8; r++) {
        runs.add(pool.submit(() -> texts.stream().map(t -> matcher.find(t, LocalDate.of(2017, 9, 25))).toList()));
      }
      for (Future<List<List<ActorMatch>>> run : runs) assertEquals(expected, run.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> texts(Path home) throws IOException {
    String seed = Files.readString(home.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt"));
    List<String> out = new ArrayList<>();
    for (String paragraph : seed.split("\n\n")) out.add(paragraph);
    for (int i = 0; i < 20; i++) out.add(seed);
    return out;
  }
}
