package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default dictionary on the article the project started from (Deir Ezzor, 2017): mentions rolled up along
 * parents must fall within the ranges of the lead's hand count.
 */
class SeedArticleTest {
  private static final Path HOME = Path.of(System.getProperty("actorpulse.home", ".."));
  private static final Path SEED = HOME.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt");

  private static ActorDictionary dictionary;
  private static String body;
  private static List<ActorMatch> matches;

  @BeforeAll
  static void matchTheSeed() throws IOException {
    dictionary = ActorDictionary.load(HOME.resolve("conf/actors"));
    String file = Files.readString(SEED);
    String firstLine = file.substring(0, file.indexOf('\n'));
    assertTrue(firstLine.contains("date 2017-09-25"), "seed layout changed: " + firstLine);
    body = file.substring(firstLine.length() + 1);
    matches = dictionary.newMatcher().find(body, LocalDate.of(2017, 9, 25));
  }

  private static Map<String, Integer> rolledUp() {
    Map<String, Integer> counts = new TreeMap<>();
    for (ActorMatch m : matches) {
      for (String id : dictionary.lineage(m.actorId())) counts.merge(id, 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void rolledUpCountsMatchTheHandCount() {
    Map<String, Integer> counts = rolledUp();
    String all = counts.toString();
    assertBetween(counts, "ISIS", 10, 16, all);
    assertBetween(counts, "SDF", 9, 14, all);
    assertBetween(counts, "RUS", 7, 13, all);
    assertBetween(counts, "SYR", 5, 10, all);
    assertBetween(counts, "USA", 4, 8, all);
    assertBetween(counts, "TUR", 1, 3, all);
    assertBetween(counts, "EU", 1, 2, all);
  }

  @Test
  void theFiveWarPartiesLead() {
    Map<String, Integer> counts = rolledUp();
    List<String> roots = counts.keySet().stream()
        .filter(id -> dictionary.find(id).map(a -> a.parentId() == null).orElse(false))
        .sorted(Comparator.comparing((String id) -> -counts.get(id)).thenComparing(id -> id))
        .limit(5).sorted().toList();
    assertEquals(List.of("ISIS", "RUS", "SDF", "SYR", "USA"), roots, counts.toString());
  }

  @Test
  void noPlaceIsAnActor() {
    for (ActorMatch m : matches) {
      for (String place : List.of("Deir Ezzor", "Euphrates", "Isba", "Khusham", "Jarabulus", "Conico", "Astana")) {
        assertTrue(!m.surface().contains(place), "place counted as an actor: " + m);
      }
    }
  }

  @Test
  void fullNameAndAcronymAreOneMention() {
    assertTrue(matches.stream().anyMatch(m -> m.surface().equals("Syrian Democratic Forces (SDF)")), matches.toString());
    assertTrue(matches.stream().anyMatch(m -> m.surface().equals("Syrian Arab Army (SAA)")), matches.toString());
  }

  @Test
  void everyMatchSpellsItsSurface() {
    for (ActorMatch m : matches) assertEquals(body.substring(m.begin(), m.end()), m.surface());
  }

  private static void assertBetween(Map<String, Integer> counts, String id, int min, int max, String all) {
    int n = counts.getOrDefault(id, 0);
    assertTrue(n >= min && n <= max, id + " counted " + n + ", expected " + min + "-" + max + "; all: " + all);
  }
}
