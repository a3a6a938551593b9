package org.actorpulse.dictionary;

import static org.actorpulse.dictionary.Fixtures.dictionary;
import static org.actorpulse.dictionary.Fixtures.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingRulesTest {
  private static final ActorDictionary SYRIA_WAR = dictionary()
      .actor("SYR").actor("SYR.GOV", "SYR", "SYR").actor("SYR.MIL", "SYR", "SYR")
      .actor("RUS").actor("RUS.MIL", "RUS", "RUS").actor("RUS.GOV", "RUS", "RUS")
      .actor("IRQ").actor("IRQ.GOV", "IRQ", "IRQ")
      .actor("USA").actor("USA.GOV", "USA", "USA")
      .actor("SDF", null, "SYR").actor("ISIS").actor("TUR")
      .name("SYR", "Syria").alias("SYR", AliasKind.DEMONYM, "Syrian")
      .name("SYR.GOV", "Syrian government")
      .alias("SYR.GOV", AliasKind.CONTEXTUAL, "government forces", "regime forces")
      .name("SYR.MIL", "Syrian Arab Army").alias("SYR.MIL", AliasKind.ACRONYM, "SAA")
      .name("RUS", "Russia", "Russian Federation").alias("RUS", AliasKind.DEMONYM, "Russian")
      .name("RUS.MIL", "Russian Aerospace Forces")
      .name("RUS.GOV", "Kremlin")
      .name("IRQ", "Iraq").alias("IRQ.GOV", AliasKind.CONTEXTUAL, "government forces")
      .name("USA", "United States").alias("USA", AliasKind.ACRONYM, "US")
      .dated("USA.GOV", "President Trump", "2017-01-20", "2021-01-20")
      .name("SDF", "Syrian Democratic Forces").alias("SDF", AliasKind.ACRONYM, "SDF")
      .name("ISIS", "Islamic State").alias("ISIS", AliasKind.ACRONYM, "ISIS", "IS")
      .name("TUR", "Turkey").alias("TUR", AliasKind.EXCLUSION, "Turkey Creek")
      .build();
  private static final ActorMatcher MATCHER = SYRIA_WAR.newMatcher();

  @Test
  void longestAliasWins() {
    assertEquals(List.of("SYR.MIL:Syrian Arab Army", "SDF:Syrian Democratic Forces"),
        found(MATCHER, "The Syrian Arab Army and the Syrian Democratic Forces met."));
  }

  @Test
  void longestAliasWinsEvenWhenAShorterOneStartsEarlier() {
    ActorDictionary d = dictionary().actor("A").actor("B").name("A", "New York").name("B", "York Times Company").build();
    assertEquals(List.of("B:York Times Company"), found(d.newMatcher(), "New York Times Company"));
  }

  @Test
  void acronymInParenthesesAfterItsFullNameIsOneMention() {
    List<ActorMatch> matches = MATCHER.find("the US-backed Syrian Democratic Forces (SDF) and the SDF", null);
    assertEquals(List.of("USA:US", "SDF:Syrian Democratic Forces (SDF)", "SDF:SDF"),
        matches.stream().map(m -> m.actorId() + ":" + m.surface()).toList());
    ActorMatch folded = matches.get(1);
    assertEquals(14, folded.begin());
    assertEquals(44, folded.end());
  }

  @Test
  void parenthesisedAliasOfAnotherActorStaysSeparate() {
    assertEquals(List.of("SYR.MIL:Syrian Arab Army", "ISIS:ISIS"), found(MATCHER, "the Syrian Arab Army (ISIS)"));
  }

  @Test
  void hyphenatedAndPossessiveFormsCount() {
    assertEquals(List.of("SDF:SDF", "ISIS:ISIS", "USA:US", "RUS:Russia", "RUS:Russia", "SDF:SDF"),
        found(MATCHER, "pro-SDF media, ISIS-held area, US-backed forces, Russia's and Russia’s jets, SDF’s"));
  }

  @Test
  void curlyApostrophesAndHyphenVariantsMatchWithOriginalOffsets() {
    ActorDictionary d = dictionary().actor("CIV").name("CIV", "Côte d'Ivoire").actor("GNB").name("GNB", "Guinea-Bissau").build();
    String text = "Côte d’Ivoire and Guinea\u2011Bissau";
    List<ActorMatch> matches = d.newMatcher().find(text, null);
    assertEquals(List.of("CIV:Côte d’Ivoire", "GNB:Guinea\u2011Bissau"),
        matches.stream().map(m -> m.actorId() + ":" + m.surface()).toList());
    assertEquals(text.indexOf("Guinea"), matches.get(1).begin());
  }

  @Test
  void noMatchInsideAWord() {
    assertEquals(List.of(), found(MATCHER, "They seized Isba. TURKEYS and Russians2 and Syriana and USAID."));
  }

  @Test
  void acronymIsCaseSensitive() {
    assertEquals(List.of("SYR.MIL:SAA"), found(MATCHER, "the saa, the Saa and the SAA"));
    assertEquals(List.of("ISIS:IS"), found(MATCHER, "Is it true? This is what IS wants, said us."));
  }

  @Test
  void acronymsInACapitalisedSentenceAreNotTrusted() {
    // Names still match in capitals; a short list of acronyms is not a shouted sentence.
    assertEquals(List.of("USA:US", "ISIS:IS", "SDF:SDF", "SYR.MIL:SAA", "RUS:RUSSIA"),
        found(MATCHER, "WHAT IS THE US PLAN?\nThe US and IS. SDF, SAA. RUSSIA WARNS THE SDF"));
  }

  @Test
  void aliasIsCaseInsensitiveAfterItsCapital() {
    assertEquals(List.of("RUS:RUSSIA", "RUS:RuSsIa"), found(MATCHER, "RUSSIA and RuSsIa"));
  }

  @Test
  void capitalisedAliasNeedsACapital() {
    ActorDictionary d = dictionary().actor("POL").alias("POL", AliasKind.DEMONYM, "Polish")
        .actor("TUR").name("TUR", "Turkey").actor("C").name("C", "international coalition").build();
    String text = "polish the turkey; Polish troops in Turkey; the International Coalition";
    assertEquals(List.of("POL:Polish", "TUR:Turkey", "C:International Coalition"), found(d.newMatcher(), text));
  }

  @Test
  void lowerCasedTextsCanSkipTheCapitalRule() {
    ActorDictionary d = dictionary().actor("TUR").name("TUR", "Turkey").build();
    assertEquals(List.of("TUR:turkey"),
        found(d.newMatcher(MatchOptions.DEFAULTS.withProperNounsCapitalised(false)), "turkey"));
  }

  @Test
  void demonymsCountByDefaultAndCanBeSwitchedOff() {
    String text = "the Russian and regime forces attacked; Russian forces too";
    assertEquals(List.of("RUS:Russian", "RUS:Russian"), found(SYRIA_WAR.newMatcher(), text));
    assertEquals(List.of(), found(SYRIA_WAR.newMatcher(MatchOptions.DEFAULTS.withDemonyms(false)), text));
  }

  @Test
  void demonymsAreContextForContextualAliases() {
    // "regime forces" resolves here because "Syrian" names SYR; switching demonyms off removes that context.
    String text = "Syrian refugees fled regime forces.";
    assertEquals(List.of("SYR:Syrian", "SYR.GOV:regime forces"), found(MATCHER, text));
    assertEquals(List.of(), found(SYRIA_WAR.newMatcher(MatchOptions.DEFAULTS.withDemonyms(false)), text));
  }

  @Test
  void contextualAliasResolvesToTheCountryTheArticleMentions() {
    assertEquals(List.of("SYR.MIL:SAA", "SYR.GOV:government forces"), found(MATCHER, "The SAA and government forces."));
    assertEquals(List.of("IRQ:Iraq", "IRQ.GOV:government forces"), found(MATCHER, "In Iraq, government forces."));
  }

  @Test
  void nameBeatsAnOverlappingContextualPhraseWhateverTheLengths() {
    ActorDictionary d = dictionary().actor("SYR").actor("SYR.GOV", "SYR", "SYR").actor("IRQ").actor("IRQ.GOV", "IRQ", "IRQ")
        .name("SYR", "Syria").name("IRQ.GOV", "Iraqi government")
        .alias("SYR.GOV", AliasKind.CONTEXTUAL, "government forces").build();
    // "government forces" is longer than "Iraqi government", and Syria is the most mentioned country.
    assertEquals(List.of("SYR:Syria", "SYR:Syria", "IRQ.GOV:Iraqi government", "SYR.GOV:government forces"),
        found(d.newMatcher(), "Syria, Syria: Iraqi government forces and government forces"));
  }

  @Test
  void contextualAliasWithoutContextIsNoMention() {
    assertEquals(List.of("RUS:Russia"), found(MATCHER, "Russia said government forces advanced."));
  }

  @Test
  void contextualAliasPicksTheMostMentionedCountry() {
    assertEquals(List.of("IRQ:Iraq", "SYR:Syria", "SYR:Syria", "SYR.GOV:government forces"),
        found(MATCHER, "Iraq, Syria, Syria: government forces."));
  }

  @Test
  void contextualAliasWithTiedCountriesIsNoMention() {
    assertEquals(List.of("IRQ:Iraq", "SYR:Syria"), found(MATCHER, "Iraq and Syria: government forces."));
  }

  @Test
  void contextualAliasesDoNotProvideContext() {
    // The sub-actor's contextual mention is not a mention of SYR for the next one.
    assertEquals(List.of(), found(MATCHER, "government forces and regime forces"));
  }

  @Test
  void dateBoundedAliasMatchesOnlyWithinItsDates() {
    String text = "President Trump spoke.";
    assertEquals(List.of("USA.GOV:President Trump"), found(MATCHER, text, LocalDate.of(2017, 9, 25)));
    assertEquals(List.of("USA.GOV:President Trump"), found(MATCHER, text, LocalDate.of(2017, 1, 20)));
    assertEquals(List.of(), found(MATCHER, text, LocalDate.of(2021, 1, 20)));
    assertEquals(List.of(), found(MATCHER, text, LocalDate.of(2016, 6, 1)));
  }

  @Test
  void dateBoundedAliasNeverMatchesAnUndatedText() {
    assertEquals(List.of(), found(MATCHER, "President Trump spoke.", null));
  }

  @Test
  void exclusionSuppressesTheAliasItContains() {
    assertEquals(List.of("TUR:Turkey"), found(MATCHER, "Turkey Creek floods; Turkey protests"));
  }

  @Test
  void exclusionOfOneActorDoesNotHideAnother() {
    ActorDictionary d = dictionary().actor("A").actor("B").name("A", "Georgia").name("B", "Georgia")
        .alias("A", AliasKind.EXCLUSION, "Atlanta, Georgia").build();
    assertEquals(List.of("B:Georgia"), found(d.newMatcher(), "Atlanta, Georgia"));
  }

  @Test
  void firstActorInDictionaryOrderWinsAClaimedPhrase() {
    ActorDictionary d = dictionary().actor("A").actor("B").name("A", "Georgia").name("B", "Georgia").build();
    assertEquals(List.of("A:Georgia"), found(d.newMatcher(), "Georgia"));
  }

  @Test
  void matchesAreInTextOrderAndCarryOffsets() {
    String text = "Russia and the SDF";
    List<ActorMatch> matches = MATCHER.find(text, null);
    assertEquals(List.of(new ActorMatch("RUS", "Russia", 0, 6), new ActorMatch("SDF", "SDF", 15, 18)), matches);
  }

  @Test
  void emptyTextHasNoMatch() {
    assertEquals(List.of(), MATCHER.find("", null));
  }
}
