package org.actorpulse.dictionary;

import static org.actorpulse.dictionary.Fixtures.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dictionary shipped in conf/actors: clean, complete where promised, and right on known traps. */
class DefaultDictionaryTest {
  private static final Path ACTORS = Path.of(System.getProperty("actorpulse.home", "..")).resolve("conf/actors");
  private static ActorDictionary dictionary;
  private static ActorMatcher matcher;

  @BeforeAll
  static void load() {
    dictionary = ActorDictionary.load(ACTORS);
    matcher = dictionary.newMatcher();
  }

  @Test
  void validatesWithoutWarnings() {
    List<Problem> problems = new ArrayList<>();
    List<LocatedEntry> entries = new ActorDictionaryLoader().read(ACTORS, problems);
    problems.addAll(new DictionaryValidator().validate(entries));
    assertEquals(List.of(), problems);
  }

  @Test
  void everyUnMemberStateIsACountry() {
    Set<String> countries = dictionary.actors().stream().filter(a -> a.type().equals("country"))
        .map(Actor::id).collect(Collectors.toSet());
    assertTrue(countries.size() >= 193, "countries: " + countries.size());
    for (String iso : List.of("AFG", "BRA", "CHN", "COD", "FJI", "GBR", "KIR", "PRK", "SSD", "TUV", "ZWE")) {
      assertTrue(countries.contains(iso), iso);
    }
  }

  @Test
  void theSeedsSubActorsRollUpToTheirCountries() {
    for (String id : List.of("SYR.GOV", "SYR.MIL", "RUS.MIL", "RUS.GOV", "RUS.MEDIA", "USA.MIL", "USA.GOV")) {
      assertEquals(id.substring(0, 3), dictionary.lineage(id).get(1), id);
    }
  }

  @Test
  void countryNamesInsideOtherNamesAreNotThatCountry() {
    assertEquals(List.of("PNG:Papua New Guinea", "GNB:Guinea-Bissau", "SSD:South Sudan", "IND:Indian"),
        found(matcher, "Papua New Guinea, Guinea-Bissau, South Sudan, the Niger Delta, the Indian Ocean, an Indian"));
    assertEquals(List.of("USA:US"), found(matcher, "Latin American leaders and North Americans met US envoys"));
  }

  @Test
  void commonWordsAreNotCountries() {
    assertEquals(List.of(), found(matcher, "polish the china and roast turkey in chad's kitchen"));
  }

  @Test
  void leadersTitlesNameTheGovernmentDuringTheirTerm() {
    assertEquals(List.of("USA.GOV:President Trump", "RUS.GOV:President Putin"),
        found(matcher, "President Trump called President Putin.", LocalDate.of(2017, 9, 25)));
    assertEquals(List.of("TRUMP:Trump", "PUTIN:Putin"),
        found(matcher, "President Trump called President Putin.", LocalDate.of(2009, 9, 25)));
  }

  @Test
  void everyCountryHasAGovernmentAndAnArmy() {
    assertEquals(List.of("KEN.GOV:Kenyan government", "KEN.MIL:Kenyan troops", "UGA:Uganda", "UGA:Uganda",
            "UGA.GOV:Ugandan officials", "UGA.MIL:the army"),
        found(matcher, "The Kenyan government sent Kenyan troops to Uganda; in Uganda, Ugandan officials and the army said no."));
  }

  @Test
  void relativesAreNotTheLeader() {
    assertEquals(List.of("ASSAD:Bashar al-Assad"), found(matcher, "Hafez al-Assad and Bashar al-Assad"));
  }

  @Test
  void syriaWarActorsAreThere() {
    List<String> text = found(matcher, "YPG, HTS, Jabhat al-Nusra, FSA, Hezbollah, the US-led coalition, Daesh, IRGC");
    assertEquals(List.of("YPG:YPG", "HTS:HTS", "HTS:Jabhat al-Nusra", "FSA:FSA", "HEZBOLLAH:Hezbollah",
        "COALITION:US-led coalition", "ISIS:Daesh", "IRN.IRGC:IRGC"), text);
  }
}
