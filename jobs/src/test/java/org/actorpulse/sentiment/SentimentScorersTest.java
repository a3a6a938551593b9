package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SentimentScorersTest {
  @Test
  void rulesScorerLoadsTheShippedLexicons() {
    SentimentScorer s = SentimentScorers.create(new SentimentSettings("rules", TestLexicons.DIR, null));
    assertInstanceOf(RuleBasedScorer.class, s);
    assertTrue(s.score("A disastrous Smith.", 13, 18) < 0);
  }

  @Test
  void huLiuFillsWordsVaderLacks() {
    assertTrue(TestLexicons.LEXICON.valence("unconstitutional") < 0, "Hu and Liu only");
    assertTrue(TestLexicons.LEXICON.valence("killed") < -3, "VADER's own rating wins");
  }

  @Test
  void unknownScorerNameIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SentimentSettings("bert", Path.of("x"), null));
  }

  @Test
  void missingLexiconDirNamesTheExpectedFile() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SentimentScorers.create(new SentimentSettings("rules", Path.of("/nonexistent"), null)));
    assertTrue(e.getMessage().contains("vader_lexicon.txt"));
  }
}
