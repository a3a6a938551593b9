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

  @Test
  void wordsAreLowerCasedAsLocaleRootDoes() {
    List<String> sentences = new java.util.ArrayList<>(List.of("ISTANBUL, \u0130stanbul and \u00c9COLE Don\u2019t",
        "McCAIN's X-RAY 42nd \u00dcBER \u03a3\u039f\u03a6\u039f\u03a3 ABC\u00e9 a\u0130b"));
    java.nio.file.Path dev = java.nio.file.Path.of("../../shared/data/newsmtsc/dev.jsonl");
    if (java.nio.file.Files.isRegularFile(dev)) LabeledTarget.readJsonl(dev).forEach(t -> sentences.add(t.sentence()));
    int words = 0;
    for (String s : sentences) {
      for (Token t : Tokenizer.tokenize(s)) {
        if (!Character.isLetterOrDigit(s.charAt(t.begin()))) continue;
        String plain = s.substring(t.begin(), t.end()).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        assertEquals(plain, t.text());
        words++;
      }
    }
    assertEquals(true, words > 12, "words " + words);
  }
}
