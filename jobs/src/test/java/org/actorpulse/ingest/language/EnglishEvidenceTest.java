package org.actorpulse.ingest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnglishEvidenceTest {
  private static final List<String> FOREIGN = List.of(
      "Les Forces démocratiques syriennes, soutenues par les États-Unis, ont annoncé mardi avoir repris le contrôle"
          + " du stade de Raqqa, selon un porte-parole. Les combats se poursuivent dans le centre de la ville, où des"
          + " milliers de civils sont encore pris au piège, a indiqué l'Observatoire syrien des droits de l'homme.",
      "Die von den USA unterstützten Demokratischen Kräfte Syriens haben nach eigenen Angaben das Stadion von Rakka"
          + " eingenommen, sagte ein Sprecher am Dienstag. Was die Kämpfe im Zentrum der Stadt angeht, so will die"
          + " Allianz also weiter vorrücken, bis die letzten Kämpfer des IS die Waffen niederlegen.",
      "Las Fuerzas Democráticas Sirias, respaldadas por Estados Unidos, anunciaron el martes que habían tomado el"
          + " estadio de Raqqa, según un portavoz. Los combates continúan en el centro de la ciudad, donde miles de"
          + " civiles siguen atrapados sin agua ni electricidad.",
      "Le Forze democratiche siriane, sostenute dagli Stati Uniti, hanno annunciato martedì di aver preso lo stadio"
          + " di Raqqa, secondo un portavoce. I combattimenti continuano nel centro della città, dove migliaia di"
          + " civili sono ancora intrappolati.",
      "De door de VS gesteunde Syrische Democratische Strijdkrachten hebben dinsdag het stadion in Raqqa ingenomen,"
          + " zei een woordvoerder. Het is de bedoeling dat de gevechten in het centrum van de stad voor het einde"
          + " van de week zijn afgelopen, want er is nog veel te doen.",
      "De USA-støttede Syriske Demokratiske Styrker meddelte tirsdag, at de havde indtaget stadionet i Raqqa, sagde"
          + " en talsmand. Kampene fortsætter i byens centrum, hvor tusindvis af civile er fanget uden vand og strøm,"
          + " og det er for tidligt at sige, hvornår de slutter.",
      "Wspierane przez USA Syryjskie Siły Demokratyczne ogłosiły we wtorek, że przejęły stadion w Rakce, powiedział"
          + " rzecznik. To nie koniec walk w centrum miasta, gdzie tysiące cywilów są uwięzione bez wody i prądu, a"
          + " to oznacza, że sytuacja jest bardzo trudna.",
      "Suriye Demokratik Güçleri salı günü Rakka stadyumunu ele geçirdiklerini açıkladı. Bir sözcü, şehir"
          + " merkezindeki çatışmaların sürdüğünü ve binlerce sivilin susuz ve elektriksiz mahsur kaldığını söyledi.");

  @Test
  void otherLanguagesNeverPassForEnglish() {
    for (String text : FOREIGN) assertFalse(EnglishEvidence.isPlainlyEnglish(text), text);
  }

  @Test
  void shortTextsAreLeftToTheModel() {
    assertFalse(EnglishEvidence.isPlainlyEnglish("The SDF said that the town of Tabqa had been taken."));
  }

  /**
   * News paragraphs of five real sentences: the shortcut takes nearly all of them, and wherever it does, the
   * model alone would have said English too.
   */
  @Test
  void onRealNewsItAgreesWithTheModelAndSparesItNearlyAlways() throws IOException {
    Path train = Path.of(System.getProperty("actorpulse.home", "..")).resolve("../shared/data/newsmtsc/train.jsonl");
    List<String> sentences = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(train)) {
      for (String line; (line = r.readLine()) != null; ) sentences.add(json.readTree(line).get("sentence").asText());
    }
    Random random = new Random(1);
    int shortcut = 0;
    int disagreements = 0;
    int n = 1_000;
    for (int i = 0; i < n; i++) {
      StringBuilder p = new StringBuilder();
      for (int k = 0; k < 5; k++) p.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
      String sample = p.length() > LanguageDetector.SAMPLE_CHARS ? p.substring(0, LanguageDetector.SAMPLE_CHARS)
          : p.toString();
      if (EnglishEvidence.isPlainlyEnglish(sample)) {
        shortcut++;
        if (!LanguageDetector.byModel(sample).equals("en")) disagreements++;
      }
    }
    assertTrue(shortcut >= 0.99 * n, "paragraphs the shortcut took: " + shortcut);
    assertTrue(disagreements <= n / 200, "the model said otherwise on " + disagreements);
    assertEquals("en", LanguageDetector.detect(sentences.get(0) + " " + sentences.get(1) + " " + sentences.get(2)));
  }

  @Test
  void packedMarkersCountAsTheWordSetDoes() {
    String[] markers = {"the", "The", "THE", "of", "which", "there", "it", "its", "be", "not", "said", "and"};
    String[] others = {"whichever", "theres", "thé", "été", "it's", "nota", "Ssaid", "x", "über", "andy", "a", "é",
        "\u01c5", "ofthe"};
    String[] gaps = {" ", ", ", "-", "1", "\u00a0", "'", "\n"};
    Random random = new Random(3);
    int english = 0;
    for (int t = 0; t < 3_000; t++) {
      StringBuilder sample = new StringBuilder();
      int n = 25 + random.nextInt(20);
      double share = (t % 13) / 100.0; // around the 6% threshold
      for (int k = 0; k < n; k++) {
        String[] from = random.nextDouble() < share ? markers : others;
        sample.append(from[random.nextInt(from.length)]).append(gaps[random.nextInt(gaps.length)]);
      }
      String s = sample.toString();
      boolean expected = plainlyEnglishBySet(s);
      if (expected) english++;
      assertEquals(expected, EnglishEvidence.isPlainlyEnglish(s), s);
    }
    assertTrue(english > 300 && english < 2_700, "both verdicts tried: " + english + " of 3,000 English");
  }

  /** The rule as first written: words cut by {@link Character#isLetter(char)}, looked up as strings. */
  private static boolean plainlyEnglishBySet(String sample) {
    java.util.Set<String> markers = java.util.Set.of("the", "of", "and", "that", "with", "were", "are", "have",
        "has", "had", "been", "from", "this", "which", "said", "their", "they", "his", "who", "would", "after",
        "these", "than", "there", "when", "what", "about", "into", "its", "it", "be", "not");
    int words = 0;
    int found = 0;
    int i = 0;
    while (i < sample.length()) {
      while (i < sample.length() && !Character.isLetter(sample.charAt(i))) i++;
      int start = i;
      while (i < sample.length() && Character.isLetter(sample.charAt(i))) i++;
      if (i == start) break;
      words++;
      String word = sample.substring(start, i);
      if (word.chars().allMatch(c -> c < 128) && markers.contains(word.toLowerCase(java.util.Locale.ROOT))) found++;
    }
    return words >= EnglishEvidence.MIN_WORDS && found >= EnglishEvidence.MIN_SHARE * words;
  }
}
