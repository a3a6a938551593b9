package org.actorpulse.dictionary;

import static org.actorpulse.dictionary.Fixtures.dictionary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateDiscoveryTest {
  private static final Path HOME = Path.of(System.getProperty("actorpulse.home", ".."));

  private static List<String> phrases(CandidateDiscovery d) {
    return d.results().stream().map(CandidateDiscovery.Discovered::phrase).toList();
  }

  @Test
  void findsTheSeedsUncoveredNamesAndNoPlace() throws IOException {
    String file = Files.readString(HOME.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt"));
    String body = file.substring(file.indexOf('\n') + 1);
    CandidateDiscovery discovery = new CandidateDiscovery(ActorDictionary.load(HOME.resolve("conf/actors")), 1, 2);
    List<String> found = phrases(discovery.add(body, LocalDate.of(2017, 9, 25)));
    assertTrue(found.containsAll(List.of("Popular Diplomacy Movement", "Mahmoud Afandi", "Valery Asapov")), found.toString());
    for (String noise : List.of("Deir Ezzor", "Euphrates", "Monday", "Lieutenant General", "Meantime", "SDF", "Russia")) {
      assertTrue(found.stream().noneMatch(p -> p.contains(noise)), noise + " in " + found);
    }
    assertEquals(2, discovery.results().stream().filter(d -> d.phrase().equals("Mahmoud Afandi")).findFirst().orElseThrow()
        .occurrences(), "the lone surname counts for the full name");
  }

  @Test
  void coveredNamesAreNotCandidates() {
    ActorDictionary d = dictionary().actor("A").name("A", "Syrian Arab Army").build();
    assertEquals(List.of("Tiger Forces"), phrases(new CandidateDiscovery(d, 1, 2)
        .add("Yesterday the Syrian Arab Army and Tiger Forces advanced.", null)));
  }

  @Test
  void singleWordsNeedMoreEvidence() {
    ActorDictionary d = dictionary().actor("A").name("A", "Nobody").build();
    CandidateDiscovery discovery = new CandidateDiscovery(d, 1, 3);
    discovery.add("Hamas said so. Talks with Hamas failed.", null);
    assertEquals(List.of(), phrases(discovery));
    discovery.add("A Hamas official spoke.", null);
    assertEquals(List.of("Hamas"), phrases(discovery));
    assertEquals(2, discovery.results().get(0).documents());
  }

  @Test
  void wordsAlsoWrittenInLowerCaseAreNotNames() {
    ActorDictionary d = dictionary().actor("A").name("A", "Nobody").build();
    CandidateDiscovery discovery = new CandidateDiscovery(d, 1, 2);
    discovery.add("Ceasefire talks began. Ceasefire violations followed. Hamas left. Hamas came back.", null);
    assertEquals(List.of("Ceasefire", "Hamas"), phrases(discovery));
    discovery.add("The ceasefire held.", null);
    assertEquals(List.of("Hamas"), phrases(discovery));
  }

  @Test
  void placesAreLeftOut() {
    ActorDictionary d = dictionary().actor("A").name("A", "Nobody").build();
    assertEquals(List.of("Jaish al-Izza"), phrases(new CandidateDiscovery(d, 1, 2)
        .add("Fighting near Khan Sheikhoun and north of Kafr Zita; Jaish al-Izza shelled Saqr Island.", null)));
  }
}
