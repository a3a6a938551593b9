package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryValidatorTest {
  private final List<LocatedEntry> entries = new ArrayList<>();

  private ActorEntry entry(String id, String parent, String country, List<String> aliases, List<String> acronyms,
                           List<String> exclude, List<ActorEntry.DatedAlias> dated) {
    ActorEntry e = new ActorEntry(id, "Name of " + id, "test", parent, country, aliases, acronyms, List.of(), List.of(),
        exclude, dated);
    entries.add(new LocatedEntry("f.yaml, entry " + (entries.size() + 1) + " (" + id + ")", e));
    return e;
  }

  private ActorEntry entry(String id, String parent, List<String> aliases) {
    return entry(id, parent, null, aliases, List.of(), List.of(), List.of());
  }

  private List<String> problems() {
    return new DictionaryValidator().validate(entries).stream().map(Problem::toString).toList();
  }

  @Test
  void cleanEntriesHaveNoProblem() {
    entry("SYR", null, List.of("Syria"));
    entry("SYR.GOV", "SYR", List.of("Syrian government"));
    assertEquals(List.of(), problems());
  }

  @Test
  void cycleOfParentsIsReportedOnce() {
    entry("A", "C", List.of());
    entry("B", "A", List.of());
    entry("C", "B", List.of());
    assertEquals(List.of("f.yaml, entry 1 (A): cycle of parents: A -> C -> B -> A"), problems());
  }

  @Test
  void aliasClaimedByTwoActorsIsAWarning() {
    entry("GEO", null, List.of("Georgia"));
    entry("USA.GA", null, List.of("georgia"));
    assertEquals(List.of("f.yaml, entry 2 (USA.GA): warning: alias 'georgia' also names GEO (at f.yaml, entry 1 (GEO)); GEO wins"),
        problems());
  }

  @Test
  void datedAliasesOfConsecutiveTermsDoNotClash() {
    entry("A", null, null, List.of(), List.of(), List.of(), List.of(new ActorEntry.DatedAlias("The President", null, "2017-01-20", false)));
    entry("B", null, null, List.of(), List.of(), List.of(), List.of(new ActorEntry.DatedAlias("The President", "2017-01-20", null, false)));
    assertEquals(List.of(), problems());
    entry("C", null, null, List.of(), List.of(), List.of(), List.of(new ActorEntry.DatedAlias("the president", "2016-01-01", "2017-02-01", false)));
    assertEquals(2, problems().size(), problems().toString());
  }

  @Test
  void acronymsClashOnlyInTheSameCase() {
    entry("USA", null, null, List.of(), List.of("US"), List.of(), List.of());
    entry("X", null, List.of("Us"));
    assertEquals(List.of(), problems());
    entry("Y", null, null, List.of(), List.of("US"), List.of(), List.of());
    assertEquals(1, problems().size());
  }

  @Test
  void badIdsAndMissingFieldsAreErrors() {
    entries.add(new LocatedEntry("g.yaml, entry 1", new ActorEntry("syr gov", null, null, null, null, null, null, null, null, null, null)));
    assertEquals(List.of("g.yaml, entry 1: bad id 'syr gov'; expected upper case like SYR, SDF or SYR.GOV",
        "g.yaml, entry 1: missing name", "g.yaml, entry 1: missing type (country, government, armed_group, ...)"), problems());
  }

  @Test
  void unknownCountryAndUselessExclusionAreWarnings() {
    entry("SDF", null, "SYRIA", List.of("Syrian Democratic Forces"), List.of(), List.of("Democratic Party"), List.of());
    assertEquals(List.of("f.yaml, entry 1 (SDF): warning: country SYRIA is not an actor of the dictionary",
        "f.yaml, entry 1 (SDF): warning: exclusion 'Democratic Party' contains no alias of SDF"), problems());
  }
}
