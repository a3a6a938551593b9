package org.actorpulse.analysis.sparknlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.actorpulse.SparkTestSession;
import org.actorpulse.analysis.AnalysisEngine;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.ActorMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: the Spark NLP engine and the dictionary's own matcher give the same mentions, compared as
 * (actor, begin, end): the engines split sentences their own ways, so sentence indices may differ.
 */
class AgreementWithDictionaryMatcherTest {
  private static final LocalDate SEED_DATE = LocalDate.of(2017, 9, 25);

  private static ActorDictionary dictionary;
  private static ActorMatcher matcher;
  private static AnalysisEngine engine;

  @BeforeAll
  static void build() {
    dictionary = ActorDictionary.load(CandidatePipelineTest.HOME.resolve("conf/actors"));
    matcher = dictionary.newMatcher();
    engine = SparkNlpEngineFactory.fit(SparkTestSession.get(), dictionary).create((sentence, b, e) -> 0);
  }

  @Test
  void seedArticle() throws IOException {
    String text = Files.readString(CandidatePipelineTest.SEED);
    List<String> expected = fromMatcher(text, SEED_DATE);
    assertTrue(expected.size() > 40, "the seed article has many mentions: " + expected);
    assertEquals(expected, fromEngine(text, SEED_DATE));
  }

  @Test
  void trapsOfCaseHyphensApostrophesAndLineBreaks() {
    String text = "The US-backed SDF and pro-SDF media; Russia’s and Russia's army; the us and the U.S.; "
        + "Turkish jets over Turkey, turkey for dinner; Syrian Democratic Forces (SDF) met the Islamic\nState; "
        + "ISIS-held Deir Ezzor, Isba, TURKEYS; Assad regime forces; al-Qaeda and al Qaeda; "
        + "Tabqa/Raqqa; the People’s Protection Units (YPG).";
    for (LocalDate date : new LocalDate[] {SEED_DATE, null}) {
      List<String> expected = fromMatcher(text, date);
      assertTrue(expected.size() > 10, "the text has many mentions: " + expected);
      assertEquals(expected, fromEngine(text, date), "on " + date);
    }
  }

  private static List<String> fromMatcher(String text, LocalDate date) {
    return matcher.find(text, date).stream().map(m -> m.actorId() + "@" + m.begin() + "-" + m.end()).toList();
  }

  private static List<String> fromEngine(String text, LocalDate date) {
    return engine.analyze(text, date).mentions().stream()
        .map(m -> m.actorId() + "@" + m.begin() + "-" + m.end()).toList();
  }
}
