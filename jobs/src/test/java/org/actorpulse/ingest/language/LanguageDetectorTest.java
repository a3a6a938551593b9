package org.actorpulse.ingest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Language of news paragraphs; headlines and one-liners stay undetermined; the accept/reject decision. */
class LanguageDetectorTest {
  @Test
  void newsParagraphsInSeveralLanguages() {
    assertEquals("en", LanguageDetector.detect("The US-backed Syrian Democratic Forces said on Tuesday they had"
        + " captured the stadium in Raqqa. A spokesman said fighting continued in the city centre."));
    assertEquals("fr", LanguageDetector.detect("Les Forces démocratiques syriennes, soutenues par les États-Unis,"
        + " ont annoncé mardi avoir repris le contrôle du stade de Raqqa, selon un porte-parole."));
    assertEquals("de", LanguageDetector.detect("Die von den USA unterstützten Demokratischen Kräfte Syriens haben"
        + " nach eigenen Angaben das Stadion von Rakka eingenommen, sagte ein Sprecher am Dienstag."));
    assertEquals("ru", LanguageDetector.detect("Сирийские демократические силы при поддержке США объявили во"
        + " вторник, что взяли под контроль стадион в Ракке. Бои в центре города продолжаются."));
    assertEquals("ar", LanguageDetector.detect("أعلنت قوات سوريا الديمقراطية المدعومة من الولايات المتحدة يوم"
        + " الثلاثاء سيطرتها على الملعب في الرقة، وقال متحدث إن القتال مستمر في وسط المدينة."));
    assertEquals("tr", LanguageDetector.detect("Suriye Demokratik Güçleri salı günü Rakka stadyumunu ele"
        + " geçirdiklerini açıkladı. Bir sözcü, şehir merkezindeki çatışmaların sürdüğünü söyledi."));
  }

  @Test
  void headlinesAndFragmentsAreUndetermined() {
    for (String s : List.of("NATO summit in Brussels", "Syria", "Reuters", "SDF and SAA clash.",
        "Iran nuclear deal: EU, UK, France, Germany respond", "12:45 GMT", "")) {
      assertEquals("und", LanguageDetector.detect(s), s);
    }
  }

  @Test
  void onlyTheBeginningOfALongTextIsRead() {
    String english = "Russian forces shelled the town on Tuesday, officials of the Syrian Democratic Forces said."
        + " The United Nations warned that tens of thousands of civilians were trapped without water or power."
        + " Turkey closed its border crossings and said it would not accept another wave of refugees this year."
        + " Diplomats in Geneva said talks on a ceasefire had stalled, with neither side willing to give ground."
        + " Aid convoys waited for days at checkpoints while the fighting moved closer to the main hospital. ";
    String french = "Les forces russes ont bombardé la ville mardi, selon des responsables des forces kurdes."
        + " Les Nations unies ont averti que des dizaines de milliers de civils étaient pris au piège sans eau."
        + " La Turquie a fermé ses postes frontières et refuse d'accueillir une nouvelle vague de réfugiés."
        + " À Genève, les diplomates ont reconnu que les discussions sur un cessez-le-feu étaient bloquées."
        + " Les convois humanitaires attendent depuis des jours aux barrages tandis que les combats s'approchent. ";
    assertEquals("en", LanguageDetector.detect(english + french.repeat(50)));
    assertEquals("fr", LanguageDetector.detect(french + english.repeat(50)));
  }

  @Test
  void theCodeTableCoversExactlyTheModelsLanguages() {
    Set<String> covered = new HashSet<>(LanguageCodes.TWO_LETTER.keySet());
    covered.addAll(LanguageCodes.THREE_LETTER_ONLY);
    assertEquals(LanguageDetector.modelLanguages(), covered);
    assertEquals("zh", LanguageCodes.toIso6391("cmn"));
    assertEquals("he", LanguageCodes.toIso6391("heb"), "the current code, not the JDK's legacy iw");
    assertEquals("ceb", LanguageCodes.toIso6391("ceb"));
  }

  @Test
  void policyKeepsAcceptedAndUndeterminedAndNamesTheRest() {
    LanguagePolicy p = new LanguagePolicy(List.of("en", "fr"));
    assertNull(p.rejectReason("en"));
    assertNull(p.rejectReason("fr"));
    assertNull(p.rejectReason("und"));
    assertEquals("language:de", p.rejectReason("de"));
    assertEquals("language:ceb", LanguagePolicy.englishOnly().rejectReason("ceb"));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> new LanguagePolicy(List.of("en", "english")));
    assertTrue(bad.getMessage().contains("\"english\"") && bad.getMessage().contains("ISO 639-1"), bad.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LanguagePolicy(List.of()));
  }
}
