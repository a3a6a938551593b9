package org.actorpulse.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.sentiment.SentimentScorers;
import org.actorpulse.sentiment.SentimentSettings;
import org.actorpulse.text.RuleSentenceSplitter;
import org.actorpulse.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FastAnalysisEngineTest {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home"));
  static final LocalDate SEED_DATE = LocalDate.of(2017, 9, 25);
  static AnalysisEngine engine;
  static String seedBody;

  @BeforeAll
  static void build() throws IOException {
    ActorDictionary dictionary = ActorDictionary.load(HOME.resolve("conf/actors"));
    engine = new FastEngineFactory(dictionary,
        SentimentScorers.create(new SentimentSettings("rules", HOME.resolve("conf/lexicons"), null))).engine();
    String seed = Files.readString(HOME.resolve("examples/seed/000_87504b5c0eae03d5.txt"));
    seedBody = seed.substring(seed.indexOf("\n\n") + 2);
  }

  @Test
  void mentionsSitInTheSentenceThatHoldsThem() {
    AnalyzedText t = engine.analyze(seedBody, SEED_DATE);
    assertTrue(t.sentences().size() > 15, "sentences: " + t.sentences().size());
    for (TextMention m : t.mentions()) {
      Span s = t.sentences().get(m.sentenceIndex());
      assertTrue(s.begin() <= m.begin() && m.begin() < s.end(), m + " not in " + s);
      assertEquals(m.surface(), seedBody.substring(m.begin(), m.end()));
    }
  }

  @Test
  void reportsTheTimeItSpentScoring() {
    AnalyzedText t = engine.analyze(seedBody, SEED_DATE);
    assertTrue(t.scoringNanos() > 0, "scored " + t.mentions().size() + " mentions in no time");
  }

  @Test
  void accusedActorGetsNegativeSentiment() {
    String text = "The SDF Command released a statement accusing Russia of supporting ISIS against the SDF.";
    TextMention russia = engine.analyze(text, SEED_DATE).mentions().stream()
        .filter(m -> m.actorId().startsWith("RUS")).findFirst().orElseThrow();
    assertTrue(russia.sentiment() < 0, "sentiment toward Russia: " + russia.sentiment());
  }

  @Test
  void demonymsCountUnlessSwitchedOff() {
    String text = "The Russian envoy arrived on Monday.";
    assertEquals(List.of("RUS"), engine.analyze(text, SEED_DATE).mentions().stream().map(TextMention::actorId).toList());
    AnalysisEngine noDemonyms = new FastEngineFactory(ActorDictionary.load(HOME.resolve("conf/actors")),
        SentimentScorers.create(new SentimentSettings("rules", HOME.resolve("conf/lexicons"), null)),
        MatchOptions.DEFAULTS.withDemonyms(false)).engine();
    assertEquals(List.of(), noDemonyms.analyze(text, SEED_DATE).mentions());
  }

  @Test
  void sentenceIndexFollowsTextOrder() {
    String text = "Turkey spoke. Then Iran answered. Russia agreed.";
    List<TextMention> ms = engine.analyze(text, SEED_DATE).mentions();
    assertEquals(List.of(0, 1, 2), ms.stream().map(TextMention::sentenceIndex).toList());
    assertEquals(3, engine.analyze(text, SEED_DATE).sentences().size());
  }

  @Test
  void matchStraddlingASentenceEndIsScoredInItsFirstSentence() {
    List<Span> sentences = new RuleSentenceSplitter().split("Aa bb. Cc dd.");
    List<TextMention> out = FastAnalysisEngine.MentionScoring.score("Aa bb. Cc dd.", sentences,
        List.of(new ActorMatch("X", "bb. Cc", 3, 9)), (s, b, e) -> {
          assertEquals("Aa bb.", s);
          assertEquals("bb.", s.substring(b, e));
          return 0.5;
        });
    assertEquals(0, out.get(0).sentenceIndex());
    assertEquals(0.5, out.get(0).sentiment());
  }
}
