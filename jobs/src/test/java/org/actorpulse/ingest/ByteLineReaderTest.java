package org.actorpulse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a file in byte ranges gives exactly the records (and line numbers) of reading it whole. */
class ByteLineReaderTest {
  private final FileRecords files = new FileRecords(FieldMapping.defaults(), new RecordMapper(null, null, 10_000));

  private static String content() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      if (i % 7 == 0) b.append("\r\n"); // blank lines count for numbering, are no records
      else if (i % 11 == 0) b.append("{broken ").append("\u00e9".repeat(i)).append('\n');
      else b.append("{\"id\":\"r").append(i).append("\",\"date\":\"2017-09-25\",\"text\":\"caf\u00e9 ")
          .append("x".repeat(i)).append("\"}\n");
    }
    return b.append("{\"id\":\"last\",\"date\":\"2017-09-25\",\"text\":\"no final newline\"}").toString();
  }

  private static List<String> describe(Iterable<ParsedRecord> rs) {
    List<String> out = new ArrayList<>();
    for (ParsedRecord r : rs) out.add((r.isArticle() ? r.article().articleId() : r.reason()) + "@" + r.line());
    return out;
  }

  private List<ParsedRecord> whole(byte[] bytes) throws IOException {
    List<ParsedRecord> out = new ArrayList<>();
    files.open("f.jsonl", new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
    return out;
  }

  private List<ParsedRecord> inRanges(byte[] bytes, int size) throws IOException {
    List<ParsedRecord> out = new ArrayList<>();
    long line = 1;
    for (int start = 0; start < bytes.length; start += size) {
      int end = Math.min(bytes.length, start + size);
      int from = start == 0 ? 0 : start - 1;
      files.openJsonLinesRange("f.jsonl", new ByteArrayInputStream(bytes, from, bytes.length - from), start, end, line)
          .forEachRemaining(out::add);
      line += ByteLineReader.countLineStarts(new ByteArrayInputStream(bytes, from, bytes.length - from), start, end);
    }
    return out;
  }

  @Test
  void anyRangeSizeGivesTheSameRecordsAndLines() throws IOException {
    byte[] bytes = content().getBytes(StandardCharsets.UTF_8);
    List<String> expected = describe(whole(bytes));
    assertEquals("r1@1", expected.get(0));
    assertEquals("last@41", expected.get(expected.size() - 1));
    for (int size : new int[] {1, 2, 3, 7, 50, 64, 65, 100, 333, 1000, bytes.length, bytes.length + 5}) {
      assertEquals(expected, describe(inRanges(bytes, size)), "range size " + size);
    }
  }

  @Test
  void lineStartsAreCountedPerRange() throws IOException {
    byte[] b = "a\nb\n\nc".getBytes(StandardCharsets.UTF_8);
    assertEquals(4, ByteLineReader.countLineStarts(new ByteArrayInputStream(b), 0, b.length));
    assertEquals(2, ByteLineReader.countLineStarts(new ByteArrayInputStream(b), 0, 3), "lines at 0 and 2");
    assertEquals(2, ByteLineReader.countLineStarts(new ByteArrayInputStream(b, 2, b.length - 2), 3, b.length),
        "lines at 4 and 5");
  }
}
