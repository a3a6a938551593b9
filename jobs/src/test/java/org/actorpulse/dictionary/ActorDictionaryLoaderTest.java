package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryLoaderTest {
  @TempDir Path dir;

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(dir.resolve(name), yaml);
  }

  private DictionaryException loadFails(Path path) {
    return assertThrows(DictionaryException.class, () -> ActorDictionary.load(path));
  }

  @Test
  void loadsEveryFieldOfAnEntry() throws IOException {
    Path file = write("a.yaml", """
        - id: USA
          name: United States
          type: country
          country: USA
          aliases: [United States]
          acronyms: [US]
          demonyms: [American]
          exclude: [Latin American]
        - id: USA.GOV
          name: Government of the United States
          type: government
          parent: USA
          country: USA
          contextual: [the administration]
          dated:
            - {alias: President Trump, from: 2017-01-20, until: 2021-01-20}
            - {alias: POTUS, from: 2017-01-20, until: 2021-01-20, acronym: true}
        """);
    ActorDictionary d = ActorDictionary.load(file);
    assertEquals(new Actor("USA.GOV", "Government of the United States", "government", "USA", "USA"),
        d.find("USA.GOV").orElseThrow());
    assertEquals(List.of("USA.GOV", "USA"), d.lineage("USA.GOV"));
    assertEquals(List.of("united states", "us", "american", "latin american", "the administration",
        "president trump", "potus"), d.surfaceForms());
    assertTrue(d.aliases().contains(new Alias("USA.GOV", "POTUS", AliasKind.ACRONYM,
        LocalDate.of(2017, 1, 20), LocalDate.of(2021, 1, 20))));
    assertTrue(d.aliases().contains(Alias.of("USA", "Latin American", AliasKind.EXCLUSION)));
  }

  @Test
  void folderLoadsEveryYamlFileInNameOrder() throws IOException {
    write("b.yaml", "- {id: B, name: Bee, type: igo, aliases: [Georgia]}\n");
    write("a.yaml", "- {id: A, name: Ay, type: igo, aliases: [Georgia]}\n");
    write("notes.txt", "not a dictionary");
    ActorDictionary d = ActorDictionary.load(dir);
    assertEquals(List.of("A", "B"), d.actors().stream().map(Actor::id).toList());
    // Dictionary order decides the clash, so file order must be stable.
    assertEquals("A", d.newMatcher().find("Georgia", null).get(0).actorId());
  }

  @Test
  void unknownParentNamesFileAndEntry() throws IOException {
    Path file = write("x.yaml", "- {id: SYR, name: Syria, type: country}\n- {id: SYR.GOV, name: Gov, type: government, parent: SYRIA}\n");
    String message = loadFails(file).getMessage();
    assertTrue(message.contains("x.yaml, entry 2 (SYR.GOV): unknown parent SYRIA"), message);
  }

  @Test
  void duplicateIdNamesBothPlaces() throws IOException {
    write("a.yaml", "- {id: SDF, name: SDF, type: armed_group}\n");
    write("b.yaml", "- {id: SDF, name: Other, type: armed_group}\n");
    String message = loadFails(dir).getMessage();
    assertTrue(message.contains("b.yaml, entry 1 (SDF): duplicate id SDF, first at "), message);
    assertTrue(message.contains("a.yaml, entry 1 (SDF)"), message);
  }

  @Test
  void badDateShowsAGoodOne() throws IOException {
    Path file = write("d.yaml", """
        - id: USA
          name: United States
          type: country
          dated: [{alias: President Trump, from: 2017/01/20}]
        """);
    String message = loadFails(file).getMessage();
    assertTrue(message.contains("d.yaml, entry 1 (USA): dated alias 'President Trump': bad from date '2017/01/20';"
        + " expected a date like 2017-01-20"), message);
  }

  @Test
  void reversedDatesAreAnError() throws IOException {
    Path file = write("d.yaml", "- {id: A, name: A, type: x, dated: [{alias: Boss, from: 2020-01-01, until: 2019-01-01}]}\n");
    assertTrue(loadFails(file).getMessage().contains("from 2020-01-01 is not before until 2019-01-01"));
  }

  @Test
  void unknownFieldListsTheKnownOnes() throws IOException {
    Path file = write("t.yaml", "- {id: A, name: A, type: x, alais: [Ay]}\n");
    String message = loadFails(file).getMessage();
    assertTrue(message.contains("t.yaml, entry 1 (A): unknown field 'alais'; known fields: acronyms, aliases,"), message);
  }

  @Test
  void datedAliasWithToSaysToUseUntil() throws IOException {
    Path file = write("u.yaml", "- {id: A, name: A, type: x, dated: [{alias: Boss, from: 2017-01-20, to: 2021-01-20}]}\n");
    String message = loadFails(file).getMessage();
    assertTrue(message.contains("u.yaml, entry 1 (A): unknown field 'to'; a dated alias ends with 'until'"), message);
  }

  @Test
  void everyErrorIsReportedAtOnce() throws IOException {
    Path file = write("m.yaml", "- {name: No id, type: x}\n- {id: B, type: x, parent: Q}\n");
    DictionaryException e = loadFails(file);
    assertEquals(List.of("m.yaml, entry 1: missing id", "m.yaml, entry 2 (B): missing name",
            "m.yaml, entry 2 (B): unknown parent Q"),
        e.problems().stream().map(p -> p.where().replace(dir + "/", "") + ": " + p.message()).toList());
  }

  @Test
  void notAListIsAnError() throws IOException {
    Path file = write("o.yaml", "id: A\nname: A\n");
    assertTrue(loadFails(file).getMessage().contains("o.yaml: expected a list of actors"));
  }

  @Test
  void brokenYamlGivesItsLine() throws IOException {
    Path file = write("y.yaml", "- {id: A, name: [unclosed\n");
    assertTrue(loadFails(file).getMessage().contains("y.yaml: not valid YAML"));
  }

  @Test
  void missingPathSaysWhatWasExpected() {
    String message = loadFails(dir.resolve("nope")).getMessage();
    assertTrue(message.contains("no such file or folder; expected a dictionary like conf/actors"), message);
  }

  @Test
  void upperCaseYamlWordsStayStrings() throws IOException {
    // YAML 1.1 reads NO, Yes and On as booleans; an acronym must come back as written.
    Path file = write("n.yaml", "- {id: NOR, name: Norway, type: country, acronyms: [NO, ON]}\n");
    ActorDictionary d = ActorDictionary.load(file);
    assertEquals(List.of("NO", "ON"), d.aliases().stream().map(Alias::phrase).toList());
  }
}
