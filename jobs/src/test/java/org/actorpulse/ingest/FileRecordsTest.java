package org.actorpulse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The per-file readers and the format sniffer, on in-memory bytes. */
class FileRecordsTest {
  private final FileRecords files = new FileRecords(FieldMapping.defaults(), new RecordMapper(null, null, 10_000));

  private List<ParsedRecord> read(String name, byte[] bytes) throws IOException {
    List<ParsedRecord> out = new ArrayList<>();
    files.open(name, new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
    return out;
  }

  private List<ParsedRecord> read(String name, String content) throws IOException {
    return read(name, content.getBytes(StandardCharsets.UTF_8));
  }

  /** "ok" for an article, else the reason, with the line: "ok@2", "json:malformed@3". */
  private static List<String> outcomes(List<ParsedRecord> rs) {
    return rs.stream().map(r -> (r.isArticle() ? "ok" : r.reason()) + "@" + r.line()).toList();
  }

  @Test
  void seedFileGivesDateBodyAndIdFromTheName() throws Exception {
    Path seed = Path.of(getClass().getResource("/ingest/seed/000_87504b5c0eae03d5.txt").toURI());
    List<ParsedRecord> rs = read("/data/seed/000_87504b5c0eae03d5.txt", Files.readAllBytes(seed));
    assertEquals(1, rs.size());
    var a = rs.get(0).article();
    assertEquals("000_87504b5c0eae03d5", a.articleId());
    assertEquals(LocalDate.of(2017, 9, 25), a.date());
    assertTrue(a.text().startsWith("Tensions are rapidly gorwing"), a.text());
    assertTrue(a.text().endsWith("de-escalation zones.\u201d"), a.text());
    assertTrue(!a.text().contains("Donate"));
  }

  @Test
  void seedLayoutParsing() {
    SeedText.Parsed p = SeedText.parse("\uFEFF date 2017-09-25 Donate Share\r\nTweet\r\n\r\nBody one.\r\n\r\nBody two.\r\n");
    assertEquals("2017-09-25", p.date());
    assertEquals("Body one.\n\nBody two.", p.body());
    SeedText.Parsed noDate = SeedText.parse("Just a text.\n\nWith paragraphs.");
    assertNull(noDate.date());
    assertEquals("Just a text.\n\nWith paragraphs.", noDate.body());
    SeedText.Parsed noGap = SeedText.parse("date: 2017-09-25\nBody right after.");
    assertEquals("2017-09-25", noGap.date());
    assertEquals("Body right after.", noGap.body());
    assertEquals("abc", SeedText.idFromFileName("hdfs://nn/x/abc.txt.gz"));
  }

  @Test
  void seedWithoutDateOrBodyIsRejected() throws IOException {
    assertEquals(List.of("date:missing@1"), outcomes(read("a.txt", "No header here.\n\nText.")));
    assertEquals(List.of("text:missing@1"), outcomes(read("a.txt", "date 2017-09-25 Donate\n\n  \n")));
    assertEquals(List.of("date:invalid@1"), outcomes(read("a.txt", "date 2017-09-31 Donate\n\nText.")));
  }

  @Test
  void csvWithQuotedMultiLineFieldsAndBadRows() throws IOException {
    String csv = "\uFEFFid,Published,Headline,Body\r\n"
        + "1,2017-09-25,\"A, title\",\"Line one\r\nline \"\"two\"\"\"\r\n"
        + "2,2017-09-25,short row\r\n"
        + "\r\n"
        + "3,2017-09-25,t,plain body\r\n"
        + "4,2017-09-25,t,body,extra\r\n"
        + "5,2017-09-25,t,\"never closed\r\nstill open";
    List<ParsedRecord> rs = read("x.csv", csv);
    assertEquals(List.of("ok@2", "csv:field-count@4", "ok@6", "csv:field-count@7", "csv:malformed@8"), outcomes(rs));
    var a = rs.get(0).article();
    assertEquals("1", a.articleId());
    assertEquals("A, title", a.title());
    assertEquals("Line one\r\nline \"two\"", a.text());
    assertEquals("2,2017-09-25,short row", rs.get(1).reject().raw());
  }

  @Test
  void tabSeparatedByExtension() throws IOException {
    List<ParsedRecord> rs = read("x.tsv", "id\tdate\ttext\nt1\t2017-09-25\ta, b and c\n");
    assertEquals(List.of("ok@2"), outcomes(rs));
    assertEquals("a, b and c", rs.get(0).article().text());
  }

  @Test
  void csvParserKeepsRawAndLines() throws IOException {
    CsvParser p = new CsvParser(new StringReader("a,\"b\nc\",d\ne,f,g"), ',');
    CsvParser.CsvRecord r1 = p.next();
    assertEquals(List.of("a", "b\nc", "d"), r1.fields());
    assertEquals(1, r1.line());
    assertEquals("a,\"b\nc\",d", r1.raw());
    CsvParser.CsvRecord r2 = p.next();
    assertEquals(List.of("e", "f", "g"), r2.fields());
    assertEquals(3, r2.line());
    assertNull(p.next());
  }

  @Test
  void jsonArrayFileWithBadElements() throws IOException {
    String json = "[\n"
        + "  {\"id\": \"a\", \"date\": \"2017-09-25\", \"text\": \"one\"},\n"
        + "  \"not an object\",\n"
        + "  {\"id\": \"b\", \"date\": \"2017-09-25\",\n   \"text\": \"two\"},\n"
        + "  {\"id\": \"c\", \"date\": \"2017-09-25\", \"text\": \"three\" oops}\n"
        + "]";
    List<ParsedRecord> rs = read("x.json", json);
    assertEquals(List.of("ok@2", "json:not-object@3", "ok@4", "json:malformed@6"), outcomes(rs));
    assertEquals("\"not an object\"", rs.get(1).reject().raw());
  }

  @Test
  void formatIsSniffedWhenTheNameSaysNothing() throws IOException {
    String line = "{\"id\":\"a\",\"date\":\"2017-09-25\",\"text\":\"t\"}";
    assertEquals(List.of("ok@1"), outcomes(read("part-0000", line)));
    assertEquals(List.of("ok@1"), outcomes(read("dump.dat", "[" + line + "]")));
    assertEquals(List.of("ok@2"), outcomes(read("export", "id,date,text\na,2017-09-25,t\n")));
    assertEquals(List.of("ok@1"), outcomes(read("noext", "date 2017-09-25\n\nbody")));
    assertEquals(List.of("format:unknown@null"), outcomes(read("blob.bin", "\u0001\u0002 binary")));
    assertEquals(InputFormat.JSON_LINES, FormatSniffer.detect("a.json", "garbage".getBytes(), 7));
    assertEquals(InputFormat.CSV, FormatSniffer.detect("a.csv.gz", "{".getBytes(), 1));
    assertEquals(InputFormat.PARQUET, FormatSniffer.detect("a", "PAR1xxxx".getBytes(), 8));
  }

  @Test
  void gzipIsDetectedByContentNotName() throws IOException {
    String line = "{\"id\":\"a\",\"date\":\"2017-09-25\",\"text\":\"t\"}\n";
    assertEquals(List.of("ok@1"), outcomes(read("a.jsonl", gzip(line))));
    assertEquals(List.of("ok@1"), outcomes(read("a.jsonl.gz", line)), "a .gz that is not compressed");
  }

  @Test
  void corruptGzipHeaderIsOneReject() throws IOException {
    byte[] bad = {0x1f, (byte) 0x8b, 0x08, 0, 0, 0};
    assertEquals(List.of("gzip:corrupt@1"), outcomes(read("a.jsonl.gz", bad)));
  }

  @Test
  void invalidUtf8IsReplacedAndNulRemovedNotRejected() throws IOException {
    byte[] head = "{\"id\":\"a\",\"date\":\"2017-09-25\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8);
    byte[] tail = " ok\\u0000 nul\"}\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(head);
    b.write(0xC3); // a lone lead byte: invalid UTF-8
    b.write(0x00); // a raw NUL byte inside the JSON string
    b.write(tail);
    List<ParsedRecord> rs = read("a.jsonl", b.toByteArray());
    assertEquals(List.of("ok@1"), outcomes(rs));
    assertEquals("caf\uFFFD ok nul", rs.get(0).article().text());
  }

  @Test
  void blankLinesAreNotRecordsButCountForLineNumbers() throws IOException {
    String line = "{\"id\":\"a\",\"date\":\"2017-09-25\",\"text\":\"t\"}";
    assertEquals(List.of("ok@2", "ok@5"), outcomes(read("a.jsonl", "\n" + line + "\n\n  \n" + line + "\n")));
  }

  static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.toByteArray();
  }

  @SuppressWarnings("unused")
  private static InputStream stream(byte[] b) {
    return new ByteArrayInputStream(b);
  }
}
