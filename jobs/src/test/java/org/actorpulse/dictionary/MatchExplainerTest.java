package org.actorpulse.dictionary;

import static org.actorpulse.dictionary.Fixtures.dictionary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchExplainerTest {
  private static final ActorDictionary DICTIONARY = dictionary()
      .actor("SYR").actor("SYR.GOV", "SYR", "SYR").actor("SDF", null, "SYR").actor("ISIS").actor("TUR").actor("USA")
      .actor("USA.GOV", "USA", "USA")
      .name("SYR", "Syria").alias("SYR.GOV", AliasKind.CONTEXTUAL, "government forces")
      .name("SDF", "Syrian Democratic Forces").alias("SDF", AliasKind.ACRONYM, "SDF")
      .alias("ISIS", AliasKind.ACRONYM, "IS").name("TUR", "Turkey").alias("TUR", AliasKind.EXCLUSION, "Turkey Creek")
      .dated("USA.GOV", "President Trump", "2017-01-20", "2021-01-20")
      .build();
  private static final MatchExplainer EXPLAINER = new MatchExplainer(DICTIONARY);

  private static List<String> lines(MatchExplainer.Explanation e) {
    return e.decisions().stream().map(AliasDecision::toString).toList();
  }

  @Test
  void explainsMatchesAndRejectionsInTextOrder() {
    String text = "Syrian Democratic Forces (SDF) fought. This is Isba. Turkey Creek. Syria: government forces. President Trump.";
    MatchExplainer.Explanation e = EXPLAINER.explain(text, LocalDate.of(2016, 1, 1));
    assertEquals(DICTIONARY.newMatcher().find(text, LocalDate.of(2016, 1, 1)), e.matches());
    assertEquals(List.of(
        "[0, 24) \"Syrian Democratic Forces\" -> SDF (name 'Syrian Democratic Forces'): matched",
        "[0, 5) \"Syria\" -> SYR (name 'Syria'): inside a word",
        "[26, 29) \"SDF\" -> SDF (acronym 'SDF'): folded into the mention before it (into \"Syrian Democratic Forces (SDF)\")",
        "[44, 46) \"is\" -> ISIS (acronym 'IS'): acronym written in another case",
        "[47, 49) \"Is\" -> ISIS (acronym 'IS'): inside a word",
        "[53, 65) \"Turkey Creek\" -> TUR (exclusion 'Turkey Creek'): exclusion phrase",
        "[53, 59) \"Turkey\" -> TUR (name 'Turkey'): inside an exclusion of its actor (\"Turkey Creek\")",
        "[67, 72) \"Syria\" -> SYR (name 'Syria'): matched",
        "[74, 91) \"government forces\" -> SYR.GOV (contextual 'government forces'): matched (SYR mentioned once, the most)",
        "[93, 108) \"President Trump\" -> USA.GOV (name 'President Trump' 2017-01-20..2021-01-20): outside the alias's dates"
            + " (text dated 2016-01-01)"),
        lines(e).stream().filter(l -> !l.contains("\"is\" -> ISIS") || l.startsWith("[44")).toList());
  }

  @Test
  void explainsTheLongerMatchThatWon() {
    ActorDictionary d = dictionary().actor("A").actor("B").name("A", "New York").name("B", "York Times Company").build();
    List<AliasDecision> overlapped = new MatchExplainer(d).explain("New York Times Company", null).with(Verdict.OVERLAPPED);
    assertEquals(1, overlapped.size());
    assertEquals("[0, 8) \"New York\" -> A (name 'New York'): a longer (or earlier) match covers it (by \"York Times Company\")",
        overlapped.get(0).toString());
  }

  @Test
  void explainsContextThatIsMissing() {
    List<AliasDecision> d = EXPLAINER.explain("government forces advanced", null).decisions();
    assertEquals(List.of(Verdict.NO_CONTEXT), d.stream().map(AliasDecision::verdict).toList());
  }

  @Test
  void explainsWhichActorClaimedAPhraseFirst() {
    ActorDictionary d = dictionary().actor("A").actor("B").name("A", "Georgia").name("B", "Georgia").build();
    assertEquals(List.of(Verdict.MATCHED, Verdict.CLAIMED_FIRST),
        new MatchExplainer(d).explain("Georgia", null).decisions().stream().map(AliasDecision::verdict).toList());
  }

  @Test
  void reportLeavesOutPhrasesInsideWordsUnlessVerbose() {
    MatchExplainer.Explanation e = EXPLAINER.explain("Isba and the SDF", null);
    assertTrue(e.report(true).contains("inside a word"));
    assertEquals("1 mention\n[13, 16) \"SDF\" -> SDF (acronym 'SDF'): matched\n", e.report(false));
  }
}
