package org.actorpulse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  @Test
  void rejectCutsRawRecordToTenKilobytes() {
    Reject r = new Reject("x".repeat(50_000), "in.jsonl", "json:malformed", "ingest");
    assertEquals(Reject.MAX_RAW_CHARS, r.raw().length());
  }

  @Test
  void rejectDoesNotSplitASurrogatePair() {
    String raw = "a".repeat(Reject.MAX_RAW_CHARS - 1) + "\uD83D\uDE00tail";
    assertEquals(Reject.MAX_RAW_CHARS - 1, new Reject(raw, "f", "r", "ingest").raw().length());
  }

  @Test
  void mentionRejectsEmptySpanAndOutOfRangeSentiment() {
    LocalDate d = LocalDate.of(2017, 9, 25);
    assertThrows(IllegalArgumentException.class, () -> new Mention("a", d, "s", "SDF", "SDF", 0, 5, 5, 0));
    assertThrows(IllegalArgumentException.class, () -> new Mention("a", d, "s", "SDF", "SDF", 0, 0, 3, 1.5));
    assertThrows(IllegalArgumentException.class, () -> new Mention("a", d, "s", "SDF", "SDF", 0, 0, 3, Double.NaN));
  }

  @Test
  void articleNeedsText() {
    assertThrows(IllegalArgumentException.class,
        () -> new Article("id", LocalDate.of(2017, 9, 25), "", null, null, "  ", "und"));
    assertEquals(3, new Article("id", LocalDate.of(2017, 9, 25), "", null, null, "abc", "und").nChars());
  }

  @Test
  void anArticleAloneInItsClusterRepresentsIt() {
    LocalDate d = LocalDate.of(2017, 9, 25);
    Article read = new Article("id", d, "", null, null, "abc", "en");
    assertEquals("id", read.dupCluster());
    assertEquals(1, read.dupCount());
    assertThrows(IllegalArgumentException.class, () -> new Article("id", d, "", null, null, "abc", "en", "other", 1));
    assertThrows(IllegalArgumentException.class, () -> new Article("id", d, "", null, null, "abc", "en", "id", 0));
    assertFalse(new Article("id", d, "", null, null, "abc", "en", "another", 3).isRepresentative());
  }
}
