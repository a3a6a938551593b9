package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void keepsContractionsAndHyphenatedWordsTogether() {
    List<String> words = Tokenizer.tokenize("He didn\u2019t see a well-known man.").stream().map(Token::text).toList();
    assertEquals(List.of("he", "didn't", "see", "a", "well-known", "man", "."), words);
  }

  @Test
  void offsetsPointIntoTheSentence() {
    String s = "\u201cObama,\u201d she said";
    Token obama = Tokenizer.tokenize(s).get(1);
    assertEquals("Obama", s.substring(obama.begin(), obama.end()));
  }

  @Test
  void targetSpanCoversPartlyOverlappedTokens() {
    List<Token> tokens = Tokenizer.tokenize("Mr. Smith-Jones spoke");
    assertEquals(new TargetSpan(2, 2), TargetSpan.locate(tokens, 4, 9));
  }
}
