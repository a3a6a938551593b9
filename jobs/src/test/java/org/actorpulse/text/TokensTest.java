package org.actorpulse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokensTest {
  @Test
  void countsRunsOfLettersOrDigits() {
    String seed = "The SDF's 2017 push -- in Deir ez-Zor";
    assertEquals(9, Tokens.count(seed, 0, seed.length()));
    String accents = "\u0130stanbul\u2019s \u00e9lys\u00e9e";
    assertEquals(3, Tokens.count(accents, 0, accents.length()));
    assertEquals(0, Tokens.count(" \u201c...\u201d ", 0, 7));
    assertEquals(1, Tokens.count("abc def", 1, 3));
  }

  /** The ASCII table and Character.isLetterOrDigit agree: each char alone between spaces is a token or not. */
  @Test
  void everyCharCountsAsCharacterSaysItShould() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(Character.isLetterOrDigit(c) ? 1 : 0, Tokens.count(" " + c + " ", 0, 3), "char " + (int) c);
    }
  }
}
