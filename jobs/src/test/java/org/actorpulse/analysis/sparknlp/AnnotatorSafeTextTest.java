package org.actorpulse.analysis.sparknlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class AnnotatorSafeTextTest {
  @Test
  void replacesSlashesAndSentenceDetectorMarkersOneForOne() {
    assertEquals("ISIS∕Daesh □ and □ http:∕∕x", AnnotatorSafeText.of("ISIS/Daesh ╞ and \uF050 http://x"));
  }

  @Test
  void leavesOtherTextAlone() {
    String text = "Russia’s “SDF” — U.S.-backed… ∕ □";
    assertSame(text, AnnotatorSafeText.of(text));
  }
}
