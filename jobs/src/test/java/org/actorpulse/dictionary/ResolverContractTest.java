package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Another engine finds candidates its own way (Spark NLP's TextMatcher): as long as it reports where the
 * surface forms occur, in any order, with duplicates, the resolver gives the Aho-Corasick matcher's mentions.
 */
class ResolverContractTest {
  private static final Path HOME = Path.of(System.getProperty("actorpulse.home", ".."));

  /** A deliberately different finder: indexOf per form, case-insensitive, then shuffled with duplicates. */
  private static List<Candidate> naiveCandidates(ActorDictionary d, String text, Random random) {
    String folded = TextFolding.foldForSearch(text);
    List<Candidate> out = new ArrayList<>();
    List<String> forms = d.surfaceForms();
    for (int f = 0; f < forms.size(); f++) {
      for (int i = folded.indexOf(forms.get(f)); i >= 0; i = folded.indexOf(forms.get(f), i + 1)) {
        out.add(new Candidate(i, i + forms.get(f).length(), f));
        if (random.nextInt(4) == 0) out.add(new Candidate(i, i + forms.get(f).length(), f));
      }
    }
    Collections.shuffle(out, random);
    return out;
  }

  @Test
  void anyCandidateFinderGetsTheMatchersMentions() throws IOException {
    ActorDictionary d = ActorDictionary.load(HOME.resolve("conf/actors"));
    String seed = Files.readString(HOME.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt"));
    LocalDate date = LocalDate.of(2017, 9, 25);
    List<ActorMatch> expected = d.newMatcher().find(seed, date);
    for (int seedNo = 0; seedNo < 5; seedNo++) {
      assertEquals(expected, d.newResolver().resolve(seed, date, naiveCandidates(d, seed, new Random(seedNo))));
    }
  }

  @Test
  void candidateThatDoesNotSpellItsFormIsIgnored() {
    ActorDictionary d = Fixtures.dictionary().actor("RUS").name("RUS", "Russia").build();
    // An engine with an off-by-one span: the resolver must not invent "Russi" or "ussia ".
    assertEquals(List.of(), d.newResolver().resolve("Russia said", null, List.of(new Candidate(1, 7, 0))));
    assertEquals(List.of(), d.newResolver().resolve("Russia said", null, List.of(new Candidate(0, 5, 0))));
    assertEquals(List.of(), d.newResolver().resolve("Russia", null, List.of(new Candidate(0, 1, 0))));
  }

  @Test
  void candidateOutsideTheTextIsRejected() {
    ActorDictionary d = Fixtures.dictionary().actor("RUS").name("RUS", "Russia").build();
    assertThrows(IllegalArgumentException.class, () -> d.newResolver().resolve("Russ", null, List.of(new Candidate(0, 6, 0))));
    assertThrows(IllegalArgumentException.class, () -> d.newResolver().resolve("Russia", null, List.of(new Candidate(0, 6, 1))));
  }
}
