package org.actorpulse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The small pieces of the generator. */
class CorpusPartsTest {
  @Test
  void jsonTextEscapesWhatJsonRequires() throws IOException {
    String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 separator \u2028 “curly” é";
    String json = JsonText.string(new StringBuilder(), nasty).toString();
    assertTrue(json.indexOf('\n') < 0 && json.indexOf('\u2028') < 0, json);
    assertEquals(nasty, new ObjectMapper().readValue(json, String.class));
  }

  @Test
  void zipfFavoursLowRanks() {
    ZipfSampler zipf = new ZipfSampler(100, 1.0);
    SplittableRandom random = new SplittableRandom(1);
    int[] counts = new int[100];
    for (int i = 0; i < 100_000; i++) counts[zipf.next(random)]++;
    // rank 1 has weight 1/H(100) = 19%; rank 10 has a tenth of that.
    assertEquals(0.193, counts[0] / 100_000.0, 0.01);
    assertEquals(10.0, (double) counts[0] / counts[9], 1.5);
    assertTrue(counts[99] > 0);
  }

  @Test
  void daysShareTheArticlesEvenly() {
    CorpusSpec spec = CorpusSpec.of(10, 3, 1, CorpusFixtures.START, 1, false);
    assertEquals(List.of(0L, 3L, 6L, 10L),
        List.of(spec.firstArticleOfDay(0), spec.firstArticleOfDay(1), spec.firstArticleOfDay(2), spec.firstArticleOfDay(3)));
  }

  @Test
  void sourceNamesAreDistinctHosts() {
    long distinct = java.util.stream.IntStream.range(0, 1_000).mapToObj(SourceNames::of).distinct().count();
    assertEquals(1_000, distinct);
    assertTrue(SourceNames.of(0).matches("[a-z0-9]+\\.example"), SourceNames.of(0));
  }

  @Test
  void seedSentencesSkipTheDateLine() {
    List<String> s = SentencePool.seedSentences("date 2017-09-25 Donate\n\nThe first one is here. The second one too.\n");
    assertEquals(List.of("The first one is here.", "The second one too."), s.stream().map(String::strip).toList());
  }

  @Test
  void poolDropsDuplicatesAndFragments() {
    SentencePool pool = new SentencePool(List.of("A sentence long enough to keep.", "A sentence long enough to keep.",
        "Too short."));
    assertEquals(1, pool.size());
  }

  @Test
  void generatorImportsNoSpark() throws IOException {
    Pattern spark = Pattern.compile("^import\\s+(static\\s+)?(org\\.apache\\.spark|com\\.johnsnowlabs|scala)\\.",
        Pattern.MULTILINE);
    int scanned = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/actorpulse/corpus"))) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        scanned++;
        assertTrue(!spark.matcher(Files.readString(f)).find(), f + " imports Spark");
      }
    }
    assertTrue(scanned >= 5, "scanned " + scanned);
  }
}
