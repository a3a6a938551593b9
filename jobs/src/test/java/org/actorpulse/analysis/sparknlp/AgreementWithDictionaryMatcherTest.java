package org.actorpulse.analysis.sparknlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
  private static final LocalDate NEWS_DATE = LocalDate.of(2019, 6, 1);
  private static final Path NEWS = CandidatePipelineTest.HOME.resolve("../shared/data/newsmtsc/train.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /**
   * NewsMTSC's news sentences (US and world politics, 2M characters), sixty to a text (about 10 KB, so the
   * engine cuts them into blocks), joined by spaces and blank lines: every mention of every text must agree.
   */
  @Test
  void newsSentences() throws IOException {
    Set<String> distinct = new LinkedHashSet<>();
    for (String line : Files.readAllLines(NEWS)) distinct.add(JSON.readTree(line).get("sentence").asText());
    List<String> sentences = new ArrayList<>(distinct);
    int texts = 0;
    int mentions = 0;
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += 60) {
      StringBuilder text = new StringBuilder();
      for (int j = i; j < Math.min(i + 60, sentences.size()); j++) {
        text.append(sentences.get(j)).append(j % 3 == 0 ? "\n\n" : " ");
      }
      List<String> expected = fromMatcher(text.toString(), NEWS_DATE);
      List<String> actual = fromEngine(text.toString(), NEWS_DATE);
      texts++;
      mentions += expected.size();
      if (!expected.equals(actual)) disagreements.add("matcher " + expected + "\nengine  " + actual + "\nin: " + text);
    }
    assertTrue(mentions > 2000, mentions + " mentions in " + texts + " texts");
    assertEquals(List.of(), disagreements.stream().limit(3).toList(), disagreements.size() + " of " + texts + " texts");
  }

  private static List<String> fromMatcher(String text, LocalDate date) {
    return matcher.find(text, date).stream().map(m -> m.actorId() + "@" + m.begin() + "-" + m.end()).toList();
  }

  private static List<String> fromEngine(String text, LocalDate date) {
    return engine.analyze(text, date).mentions().stream()
        .map(m -> m.actorId() + "@" + m.begin() + "-" + m.end()).toList();
  }
}
