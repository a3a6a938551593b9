package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
  @Test
  void foldingATextFoldsEveryCharAsTheCharFoldDoes() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) all.append((char) c);
    String folded = TextFolding.foldForSearch(all);
    assertEquals(all.length(), folded.length());
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(TextFolding.foldForSearch((char) c), folded.charAt(c), "char " + Integer.toHexString(c));
    }
  }

  @Test
  void foldsCaseQuotesHyphensAndSpacesWithoutMovingOffsets() {
    assertEquals("the sdf's \"us-backed\" forces", TextFolding.foldForSearch("The SDF\u2019s \u201cUS\u2010backed\u201d\u00a0Forces"));
  }
}
