package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoImporterTest {
  private static final CameoCodes CODES = new CameoCodes(Map.of("SYR", "Syria", "AFG", "Afghanistan", "KOR", "South Korea"));
  private static final String CAMEO = """
      # a comment
      SYRIA_  [SYR]
      +SYRIAN_
      +DEIR_EZZOR
      +ALEPPO_

      DAMASCUS_ [SYR]
      BASHAR_AL_ASSAD_  # CountryInfo.txt
      \t[SYRELI 830101-000101]
      \t[SYRGOV >000717]
      \t[SYRELI]
      ASSAD_FORCES_
      \t[SYRMIL]
      JABHAT_AL_NUSRA_  #
      +NUSRA_FRONT_
      \t[SYRREB]
      THE_UNITED_NATIONS_ [IGOUNO]
      U.N._ [IGOUNO]
      SECRETARY-GENERAL_BAN_KI-MOON
      +BAN_KI-MOON
      \t[IGOUNO >20070101]
      \t[KORGOVBUS 2004017-20061201]
      ABU_NIDAL_ORGANIZATION [IMGMUSALQ] #  kkl
      AQI_ [IMGMUSALQ]
      SYRIAN_OBSERVATORY_FOR_HUMAN_RIGHTS_ [SYROPPHRI >20120101]
      ACME_CORP_ [MNCUSA]
      JAN_STRASK\u001aY_ [SYRGOV]
      !PERSON!_FARMER [~AGR]
      """;

  @TempDir Path dir;

  private CameoImporter.Result importIt() throws IOException {
    Path file = Files.writeString(dir.resolve("x.actors.txt"), CAMEO);
    return new CameoImporter(CODES).importFiles(List.of(file));
  }

  private static ActorEntry entry(CameoImporter.Result r, String id) {
    return r.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  @Test
  void countryBlockKeepsItsNameAndDropsPlaces() throws IOException {
    CameoImporter.Result r = importIt();
    assertEquals(List.of("Syria"), entry(r, "SYR").aliases());
    assertEquals(4, r.droppedPlaceSynonyms());
  }

  @Test
  void countryBlockWithFormerStateCodesNamesTheCountryFromIndependence() {
    List<String> problems = new ArrayList<>();
    List<CameoImporter.Block> blocks = CameoImporter.parse("k.txt",
        List.of("KAZAKHSTAN_", "\t[USRKAZ <911216]", "\t[KAZ]", "+ASTANA_", "ASTANA_ [KAZ]"), problems);
    CameoImporter.Result r = new CameoImporter(new CameoCodes(Map.of("KAZ", "Kazakhstan"))).convert(blocks, problems);
    ActorEntry kaz = entry(r, "KAZ");
    assertEquals(List.of(), kaz.aliases());
    assertEquals(List.of(new ActorEntry.DatedAlias("Kazakhstan", "1991-12-16", null, false)), kaz.dated());
    assertEquals(2, r.droppedPlaceSynonyms());
    assertEquals(Map.of("USRKAZ", 1), r.unmappedCodes());
  }

  @Test
  void personWithDatedOfficeBecomesADatedAliasOfTheOffice() throws IOException {
    ActorEntry gov = entry(importIt(), "SYR.GOV");
    assertEquals(List.of(new ActorEntry.DatedAlias("Bashar al-Assad", "2000-07-17", null, false)), gov.dated());
    assertEquals("SYR", gov.parent());
    assertEquals(List.of(), gov.aliases(), "JAN_STRASK\u001aY_ lost its accent to a bad encoding: dropped");
    assertEquals("government", gov.type());
  }

  @Test
  void sectorsMapToSubActors() throws IOException {
    CameoImporter.Result r = importIt();
    assertEquals(List.of("Assad Forces"), entry(r, "SYR.MIL").aliases());
    assertEquals(List.of("Jabhat al-Nusra", "Nusra Front"), entry(r, "SYR.REB").aliases());
    assertEquals(List.of(new ActorEntry.DatedAlias("Syrian Observatory for Human Rights", "2012-01-01", null, false)),
        entry(r, "SYR.OPP").dated());
  }

  @Test
  void organisationsMapByPrefixAndShortWordsBecomeAcronyms() throws IOException {
    CameoImporter.Result r = importIt();
    ActorEntry un = entry(r, "UN");
    assertEquals(List.of("The United Nations"), un.aliases());
    assertEquals(List.of("U.N."), un.acronyms());
    assertEquals(List.of("Secretary-General Ban Ki-Moon", "Ban Ki-Moon"), un.dated().stream().map(ActorEntry.DatedAlias::alias).toList());
    assertEquals(List.of("Abu Nidal Organization"), entry(r, "ALQAEDA").aliases());
    assertEquals(List.of("AQI"), entry(r, "ALQAEDA").acronyms());
  }

  @Test
  void unmappedCodesAndBadDatesAreReported() throws IOException {
    CameoImporter.Result r = importIt();
    assertEquals(Map.of("SYRELI", 2, "MNCUSA", 1, "~AGR", 1), r.unmappedCodes());
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).startsWith("x.actors.txt:22: bad date in [KORGOVBUS 2004017-20061201]"), r.problems().toString());
  }

  @Test
  void importedDictionaryLoadsAndMatches() throws IOException {
    CameoImporter.Result r = importIt();
    Path yaml = Files.writeString(dir.resolve("cameo.yaml"), new DictionaryWriter().toYaml("imported", r.entries()));
    ActorDictionary d = ActorDictionary.load(yaml);
    List<String> found = Fixtures.found(d.newMatcher(), "Bashar al-Assad met the U.N. and Nusra Front", LocalDate.of(2012, 1, 1));
    assertEquals(List.of("SYR.GOV:Bashar al-Assad", "UN:U.N.", "SYR.REB:Nusra Front"), found);
  }

  @Test
  void undatedCodeHoldsOutsideTheDatedPeriods() {
    LocalDate y2000 = LocalDate.of(2000, 1, 1);
    LocalDate y2005 = LocalDate.of(2005, 1, 1);
    LocalDate y2010 = LocalDate.of(2010, 1, 1);
    List<CameoImporter.DatedCode> codes = List.of(new CameoImporter.DatedCode("A", y2005, y2010),
        new CameoImporter.DatedCode("B", y2000, y2005), new CameoImporter.DatedCode("C", null, null));
    assertEquals(List.of(new CameoImporter.DatedCode("", null, y2000), new CameoImporter.DatedCode("", y2010, null)),
        CameoImporter.outside(codes));
    assertEquals(List.of(new CameoImporter.DatedCode("", null, null)), CameoImporter.outside(List.of()));
    assertEquals(List.of(new CameoImporter.DatedCode("", null, y2000)),
        CameoImporter.outside(List.of(new CameoImporter.DatedCode("A", y2000, null))));
  }

  @Test
  void datesFollowCameosCentury() {
    assertEquals(LocalDate.of(1932, 1, 1), CameoImporter.date("320101"));
    assertEquals(LocalDate.of(2007, 7, 23), CameoImporter.date("070723"));
    assertEquals(LocalDate.of(2012, 1, 1), CameoImporter.date("20120101"));
    assertEquals(LocalDate.of(1990, 8, 23), CameoImporter.code("USRARM", "<900823").until());
    assertEquals(LocalDate.of(1933, 11, 9), CameoImporter.code("AFGELI", "320101-331108").until(), "CAMEO's end day is included");
  }

  @Test
  void titleCaseKeepsParticlesLow() {
    assertEquals("Jabhat al-Nusra", CameoImporter.titleCase("JABHAT AL-NUSRA"));
    assertEquals("al-Qaeda in Iraq", CameoImporter.titleCase("AL-QAEDA IN IRAQ"));
    assertEquals("Syria's Government", CameoImporter.titleCase("SYRIA'S GOVERNMENT"));
    assertEquals("Bashar al-Assad", CameoImporter.titleCase("BASHAR AL ASSAD"));
    assertEquals("al-Qaeda in Iraq", CameoImporter.titleCase("AL QAEDA IN IRAQ"));
    assertEquals("Students at Home", CameoImporter.titleCase("STUDENTS AT HOME"));
    assertEquals("Mohammed bin Salman", CameoImporter.titleCase("MOHAMMED BIN SALMAN"));
  }

  @Test
  void writerOutputReadsBackToTheSameEntries() throws IOException {
    ActorEntry e = new ActorEntry("X.GOV", "Government: of X", "government", "X", "X",
        List.of("People's Army", "Atlanta, Georgia", "null", "#1 \"quoted\"", "bell\u0007"), List.of("NO"), List.of("Xian"),
        List.of("the regime"), List.of("- dash"), List.of(new ActorEntry.DatedAlias("President Y", "2001-01-01", null, true)));
    ActorEntry x = new ActorEntry("X", "X", "country", null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    Path yaml = Files.writeString(dir.resolve("w.yaml"), new DictionaryWriter().toYaml("test", List.of(x, e)));
    List<Problem> problems = new ArrayList<>();
    List<LocatedEntry> back = new ActorDictionaryLoader().read(yaml, problems);
    assertEquals(List.of(), problems);
    assertEquals(List.of(x, e), back.stream().map(LocatedEntry::entry).toList());
  }
}
