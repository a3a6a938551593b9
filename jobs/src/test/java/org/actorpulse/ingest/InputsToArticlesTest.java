package org.actorpulse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.actorpulse.SparkTestSession;
import org.actorpulse.dedup.NearDuplicateOptions;
import org.actorpulse.dedup.Sketcher;
import org.actorpulse.model.Article;
import org.actorpulse.table.ArticleTable;
import org.actorpulse.table.RejectTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark adapter end to end on tiny inputs, one format at a time. */
class InputsToArticlesTest {
  @TempDir Path dir;

  private final SparkSession spark = SparkTestSession.get();

  private static final String JSONL = String.join("\n",
      "{\"id\":\"a1\",\"date\":\"2017-09-25\",\"url\":\"https://www.example.com/x\",\"title\":\"T\",\"text\":\"SDF and SAA clash.\"}",
      "{\"id\":\"a2\",\"published\":\"2017-09-26T23:30:00-02:00\",\"site\":\"  BBC  \",\"content\":\"Another   text.\"}",
      "{\"id\":\"a3\",\"date\":\"2017-09-24\",\"text\":\"sdf AND saa   clash.\"}",
      "not json at all",
      "[1,2,3]",
      "{\"id\":\"a4\",\"date\":\"2017-09-25\"}",
      "{\"id\":\"a5\",\"text\":\"no date\"}",
      "{\"id\":\"a6\",\"date\":\"2017-02-30\",\"text\":\"impossible date\"}",
      "",
      "{\"id\":\"a1\",\"date\":\"2017-09-27\",\"text\":\"a different text with a taken id\"}",
      "{\"date\":1506297600,\"link\":\"http://m.news.org/a\",\"body\":\"nul\\u0000 byte\"}");

  private IngestResult run(IngestSettings s) throws Exception {
    return InputsToArticles.run(spark, s);
  }

  private static Map<String, Article> byId(IngestResult r) {
    return r.articles().collectAsList().stream().map(ArticleTable::fromRow)
        .collect(Collectors.toMap(Article::articleId, a -> a));
  }

  /** reason -> line numbers */
  private static Map<String, List<Long>> rejectLines(IngestResult r) {
    Map<String, List<Long>> m = new TreeMap<>();
    for (Row row : r.rejects().collectAsList()) {
      m.computeIfAbsent(row.getString(row.fieldIndex("reason")), k -> new java.util.ArrayList<>())
          .add(row.isNullAt(2) ? null : row.getLong(2));
    }
    m.values().forEach(l -> l.sort(null));
    return m;
  }

  private static void assertIdentity(IngestResult r) {
    IngestCounts c = r.counts();
    assertEquals(c.inputRecords(), c.articles() + c.duplicates() + c.rejects() + c.skipped());
    assertEquals(c.articles(), r.articles().count());
    assertEquals(c.rejects(), r.rejects().count());
  }

  @Test
  void jsonLinesBecomeArticlesDuplicatesAndRejectsWithReasons() throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, JSONL);
    try (IngestResult r = run(IngestSettings.of(List.of(f.toString()), "run-1"))) {
      assertEquals(new IngestCounts(10, 4, 1, 5, 0), r.counts());
      assertIdentity(r);
      assertEquals(ArticleTable.INGESTED, r.articles().schema());
      assertEquals(RejectTable.SCHEMA, r.rejects().schema());

      Map<String, Article> a = byId(r);
      // a1 and a3 have the same normalised text: the earlier date (a3) is kept.
      assertEquals(java.util.Set.of("a2", "a3", "a1", Texts.sha256Hex("http://m.news.org/a", 16)), a.keySet());
      assertEquals(LocalDate.of(2017, 9, 24), a.get("a3").date());
      assertEquals(LocalDate.of(2017, 9, 27), a.get("a2").date(), "23:30 at -02:00 is the next UTC day");
      assertEquals("bbc", a.get("a2").source());
      assertEquals("Another   text.", a.get("a2").text());
      assertEquals("unknown", a.get("a3").source());
      Article hashed = a.get(Texts.sha256Hex("http://m.news.org/a", 16));
      assertEquals("news.org", hashed.source());
      assertEquals("nul byte", hashed.text());
      assertEquals(LocalDate.of(2017, 9, 25), hashed.date());
      // a1 is free again once its text lost to a3: the later a1 holds it. No id:duplicate then.
      assertEquals("a different text with a taken id", a.get("a1").text());

      assertEquals(Map.of("json:malformed", List.of(4L), "json:not-object", List.of(5L),
          "text:missing", List.of(6L), "date:missing", List.of(7L), "date:invalid", List.of(8L)),
          rejectLines(r));
      Row reject = r.rejects().filter("reason = 'json:malformed'").first();
      assertEquals("not json at all", reject.getString(0));
      assertEquals(f.toString(), reject.getString(1));
      assertEquals("ingest", reject.getString(4));
      assertEquals("run-1", reject.getString(5));
    }
  }

  @Test
  void takenArticleIdWithAnotherTextIsRejected() throws Exception {
    Path f = dir.resolve("ids.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"x\",\"date\":\"2017-09-26\",\"text\":\"second\"}",
        "{\"id\":\"x\",\"date\":\"2017-09-25\",\"text\":\"first\"}",
        "{\"id\":\"x\",\"date\":\"2017-09-25\",\"text\":\"FIRST\"}"));
    try (IngestResult r = run(IngestSettings.of(List.of(f.toString()), "r"))) {
      assertEquals(new IngestCounts(3, 1, 1, 1, 0), r.counts());
      assertEquals("first", byId(r).get("x").text());
      Row rej = r.rejects().first();
      assertEquals("id:duplicate", rej.getString(3));
      assertEquals(1L, rej.getLong(2));
      assertTrue(rej.getString(0).contains("\"text\":\"second\""), rej.getString(0));
    }
  }

  @Test
  void windowAndTruncation() throws Exception {
    Path f = dir.resolve("w.json");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"in\",\"date\":\"2017-09-25\",\"text\":\"" + "x".repeat(50) + "\"}",
        "{\"id\":\"early\",\"date\":\"2017-09-23\",\"text\":\"early\"}",
        "{\"id\":\"late\",\"date\":\"2017-09-27\",\"text\":\"late\"}"));
    IngestSettings s = IngestSettings.of(List.of(f.toString()), "r")
        .withWindow(LocalDate.of(2017, 9, 24), LocalDate.of(2017, 9, 26)).withMaxTextChars(10);
    try (IngestResult r = run(s)) {
      assertEquals(new IngestCounts(3, 1, 0, 2, 1), r.counts());
      assertEquals("x".repeat(10), byId(r).get("in").text());
      assertEquals(10, r.articles().first().getInt(6));
      assertEquals(Map.of("date:outside-window", List.of(2L, 3L)), rejectLines(r));
    }
  }

  @Test
  void gzipJsonLinesAndSeedTextInAFolderAndAGlob() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data/sub"));
    gzip(data.resolve("a.jsonl.gz"), JSONL.lines().limit(2).collect(Collectors.joining("\n")));
    Path seedDir = Files.createDirectories(dir.resolve("seed"));
    Path seed = Path.of(getClass().getResource("/ingest/seed/000_87504b5c0eae03d5.txt").toURI());
    Files.copy(seed, seedDir.resolve(seed.getFileName()));
    Files.writeString(data.resolve("_SUCCESS"), "");
    IngestSettings s = IngestSettings.of(List.of(dir.resolve("data").toString(), seedDir + "/*.txt"), "r");
    try (IngestResult r = run(s)) {
      assertEquals(new IngestCounts(3, 3, 0, 0, 0), r.counts());
      Article a = byId(r).get("000_87504b5c0eae03d5");
      assertEquals(LocalDate.of(2017, 9, 25), a.date());
      assertTrue(a.text().startsWith("Tensions are rapidly"), a.text().substring(0, 40));
      assertEquals("unknown", a.source());
    }
  }

  @Test
  void truncatedGzipKeepsWhatItCanAndRejectsTheRest() throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      b.append("{\"id\":\"g").append(i).append("\",\"date\":\"2017-09-25\",\"text\":\"text number ")
          .append(i).append(" ").append(Integer.toHexString(i * 7919)).append("\"}\n");
    }
    Path whole = dir.resolve("whole.jsonl.gz");
    gzip(whole, b.toString());
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    try (IngestResult r = run(IngestSettings.of(List.of(cut.toString()), "r"))) {
      IngestCounts c = r.counts();
      assertTrue(c.articles() > 100 && c.articles() < 2000, c.toString());
      // The line cut in the middle is malformed JSON; then one reject stands for the lost rest of the file.
      Map<String, List<Long>> rejects = rejectLines(r);
      assertEquals(java.util.Set.of("json:malformed", "gzip:corrupt"), rejects.keySet());
      assertEquals(List.of(c.articles() + 1), rejects.get("json:malformed"));
      assertEquals(List.of(c.articles() + 2), rejects.get("gzip:corrupt"));
      assertIdentity(r);
    }
  }

  @Test
  void missingInputsAreNamed() {
    InputNotFoundException e = assertThrows(InputNotFoundException.class,
        () -> run(IngestSettings.of(List.of(dir.resolve("nope.jsonl").toString()), "r")));
    assertTrue(e.getMessage().contains("nope.jsonl"), e.getMessage());
    e = assertThrows(InputNotFoundException.class,
        () -> run(IngestSettings.of(List.of(dir + "/*.jsonl.gz"), "r")));
    assertTrue(e.getMessage().contains("*.jsonl.gz"), e.getMessage());
  }

  static void gzip(Path p, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void csvFileWithQuotedMultiLineTextAndABadRow() throws Exception {
    Path f = dir.resolve("in.csv");
    Files.writeString(f, "id,date,source,title,text\n"
        + "c1,2017-09-25,Reuters,\"Title, with comma\",\"Para one.\n\nPara \"\"two\"\".\"\n"
        + "c2,2017-09-25,Reuters,only four\n"
        + "c3,25 Sep 2017,,t,\"c3 text\"\n");
    try (IngestResult r = run(IngestSettings.of(List.of(f.toString()), "r"))) {
      assertEquals(new IngestCounts(3, 2, 0, 1, 0), r.counts());
      Map<String, Article> a = byId(r);
      assertEquals("Para one.\n\nPara \"two\".", a.get("c1").text());
      assertEquals("reuters", a.get("c1").source());
      assertEquals("Title, with comma", a.get("c1").title());
      assertEquals(LocalDate.of(2017, 9, 25), a.get("c3").date());
      assertEquals(Map.of("csv:field-count", List.of(5L)), rejectLines(r));
    }
  }

  @Test
  void jsonArrayFile() throws Exception {
    Path f = dir.resolve("arr.json");
    Files.writeString(f, "[{\"id\":\"j1\",\"date\":\"2017-09-25\",\"text\":\"one\"},\n 7,\n"
        + " {\"id\":\"j2\",\"timestamp\":1506297600000,\"text\":\"two\"}]");
    try (IngestResult r = run(IngestSettings.of(List.of(f.toString()), "r"))) {
      assertEquals(new IngestCounts(3, 2, 0, 1, 0), r.counts());
      assertEquals(LocalDate.of(2017, 9, 25), byId(r).get("j2").date());
      assertEquals(Map.of("json:not-object", List.of(2L)), rejectLines(r));
    }
  }

  @Test
  void parquetWrittenBySparkWithOtherColumnNamesAndTypes() throws Exception {
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("ID", "string").add("Published_At", "timestamp").add("publisher", "string")
        .add("headline", "string").add("body", "string").add("lang", "string");
    List<Row> rows = List.of(
        org.apache.spark.sql.RowFactory.create("p1", java.sql.Timestamp.from(java.time.Instant.parse("2017-09-25T23:30:00Z")),
            "AP", "H1", "parquet one", "en"),
        org.apache.spark.sql.RowFactory.create("p2", null, "AP", "H2", "parquet two", "en"),
        org.apache.spark.sql.RowFactory.create("p3", java.sql.Timestamp.from(java.time.Instant.parse("2017-09-26T00:30:00Z")),
            null, null, null, "en"),
        org.apache.spark.sql.RowFactory.create("p4", java.sql.Timestamp.from(java.time.Instant.parse("2017-09-26T00:30:00Z")),
            null, null, "Parquet  ONE", "en"));
    Path out = dir.resolve("pq");
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(out.toString());
    Path j = dir.resolve("also.jsonl");
    Files.writeString(j, "{\"id\":\"j\",\"date\":\"2017-09-20\",\"text\":\"PARQUET one\"}\n");
    try (IngestResult r = run(IngestSettings.of(List.of(out.toString(), j.toString()), "r"))) {
      assertEquals(new IngestCounts(5, 1, 2, 2, 0), r.counts());
      assertEquals(java.util.Set.of("j"), byId(r).keySet(), "the JSON line is the earliest of three copies");
    }
    try (IngestResult r = run(IngestSettings.of(List.of(out.toString()), "r"))) {
      assertEquals(new IngestCounts(4, 1, 1, 2, 0), r.counts());
      Article p1 = byId(r).get("p1");
      assertEquals(LocalDate.of(2017, 9, 25), p1.date(), "a timestamp is taken as its UTC day");
      assertEquals("ap", p1.source());
      assertEquals("H1", p1.title());
      assertEquals(Map.of("date:missing", List.of(2L), "text:missing", List.of(3L)), rejectLines(r));
      Row rej = r.rejects().filter("reason = 'date:missing'").first();
      assertTrue(rej.getString(0).contains("\"body\":\"parquet two\""), rej.getString(0));
      assertTrue(rej.getString(1).startsWith(out.toString()) && rej.getString(1).endsWith(".parquet"),
          rej.getString(1));
    }
  }

  @Test
  void formatsMixInOneRun() throws Exception {
    Path j = dir.resolve("a.jsonl");
    Files.writeString(j, "{\"id\":\"m1\",\"date\":\"2017-09-25\",\"text\":\"shared text\"}\n");
    Path c = dir.resolve("b.csv");
    Files.writeString(c, "id,date,text\nm2,2017-09-24,Shared  Text\n");
    try (IngestResult r = run(IngestSettings.of(List.of(j.toString(), c.toString(), j.toString()), "r"))) {
      assertEquals(new IngestCounts(2, 1, 1, 0, 0), r.counts(), "a file given twice is read once");
      assertEquals(java.util.Set.of("m2"), byId(r).keySet());
    }
  }

  @Test
  void largeJsonLinesFileReadInByteRangesKeepsLineNumbers() throws Exception {
    Path f = dir.resolve("big.jsonl");
    Files.writeString(f, JSONL + "\n" + JSONL);
    IngestSettings s = IngestSettings.of(List.of(f.toString()), "r");
    try (IngestResult r = InputsToArticles.run(spark, s, 97)) {
      // The second copy: its texts are all duplicates of the first, its bad lines rejects again.
      assertEquals(new IngestCounts(20, 4, 6, 10, 0), r.counts());
      assertIdentity(r);
      assertEquals(Map.of("json:malformed", List.of(4L, 15L), "json:not-object", List.of(5L, 16L),
          "text:missing", List.of(6L, 17L), "date:missing", List.of(7L, 18L), "date:invalid", List.of(8L, 19L)),
          rejectLines(r));
      assertTrue(r.articles().javaRDD().getNumPartitions() >= 2);
    }
  }

  private static String day(String date, String... ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append("{\"id\":\"").append(id).append("\",\"date\":\"").append(date)
          .append("\",\"text\":\"The text of ").append(id).append(".\"}\n");
    }
    return sb.toString();
  }

  /** Each article's date by the partition it is in. */
  private static Map<Integer, java.util.Set<String>> datesByPartition(IngestResult r) {
    Map<Integer, java.util.Set<String>> m = new TreeMap<>();
    List<Row> rows = r.articles().select(org.apache.spark.sql.functions.spark_partition_id(),
        org.apache.spark.sql.functions.col(ArticleTable.DATE).cast("string")).collectAsList();
    for (Row row : rows) m.computeIfAbsent(row.getInt(0), k -> new java.util.TreeSet<>()).add(row.getString(1));
    return m;
  }

  /** As many daily files as the test session's parallelism (4), so the read is not spread over more tasks. */
  private Path fourDays(String name) throws IOException {
    Path days = Files.createDirectory(dir.resolve(name));
    Files.writeString(days.resolve("2017-09-25.jsonl"), day("2017-09-25", "b", "a", "c"));
    Files.writeString(days.resolve("2017-09-26.jsonl"), day("2017-09-26", "e", "d"));
    Files.writeString(days.resolve("2017-09-27.jsonl"), day("2017-09-27", "f", "g"));
    Files.writeString(days.resolve("2017-09-28.jsonl"), day("2017-09-28", "h"));
    return days;
  }

  @Test
  void dailyFilesReadByOneTaskEachKeepTheirDatesInOneTask() throws Exception {
    try (IngestResult r = run(IngestSettings.of(List.of(fourDays("days").toString()), "r"))) {
      assertTrue(r.datesInOneTask());
      Map<Integer, java.util.Set<String>> byPartition = datesByPartition(r);
      assertEquals(4, byPartition.size());
      byPartition.values().forEach(dates -> assertEquals(1, dates.size()));
    }
  }

  @Test
  void aDateInFilesReadByTwoTasksOrInByteRangesIsNotInOneTask() throws Exception {
    Path days = fourDays("days");
    Files.writeString(days.resolve("2017-09-28.jsonl"), day("2017-09-28", "h") + day("2017-09-25", "i"));
    try (IngestResult r = run(IngestSettings.of(List.of(days.toString()), "r"))) {
      assertFalse(r.datesInOneTask());
    }
    Path big = dir.resolve("big.jsonl");
    Files.writeString(big, day("2017-09-25", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"));
    try (IngestResult r = InputsToArticles.run(spark, IngestSettings.of(List.of(big.toString()), "r"), 97)) {
      assertTrue(datesByPartition(r).size() >= 2);
      assertFalse(r.datesInOneTask());
    }
    // Fewer files than cores: the articles are spread over the cores, and so are their dates.
    try (IngestResult r = run(IngestSettings.of(List.of(days.resolve("2017-09-25.jsonl").toString()), "r"))) {
      assertFalse(r.datesInOneTask());
    }
  }

  @Test
  void confFieldNamesAndEmptyFiles() throws Exception {
    Path f = dir.resolve("custom.jsonl");
    Files.writeString(f, "{\"story_id\":\"s1\",\"when\":\"2017-09-25\",\"story\":\"custom names\",\"text\":\"\"}\n");
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "");
    IngestSettings s = IngestSettings.of(List.of(f.toString(), empty.toString()), "r")
        .withFieldNames(Map.of("id", List.of("story_id"), "date", List.of("when"), "text", List.of("story")));
    try (IngestResult r = run(s)) {
      assertEquals(new IngestCounts(1, 1, 0, 0, 0), r.counts());
      assertEquals("custom names", byId(r).get("s1").text());
    }
    try (IngestResult r = run(IngestSettings.of(List.of(empty.toString()), "r"))) {
      assertEquals(new IngestCounts(0, 0, 0, 0, 0), r.counts());
      assertEquals(0, r.articles().count());
    }
  }

  @Test
  void tablesWrittenAsParquetReadBackThroughDuckDb() throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, JSONL);
    Path out = dir.resolve("out");
    try (IngestResult r = run(IngestSettings.of(List.of(f.toString()), "run-7"))) {
      r.articles().write().parquet(out.resolve("articles").toString());
      r.rejects().write().parquet(out.resolve("rejects").toString());
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
         java.sql.Statement st = c.createStatement()) {
      java.sql.ResultSet cols = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + out + "/articles/*.parquet')");
      List<String> described = new java.util.ArrayList<>();
      while (cols.next()) described.add(cols.getString(1) + " " + cols.getString(2));
      assertEquals(List.of("article_id VARCHAR", "date DATE", "source VARCHAR", "url VARCHAR", "title VARCHAR",
          "text VARCHAR", "n_chars INTEGER", "language VARCHAR"), described);
      java.sql.ResultSet a = st.executeQuery("SELECT date, n_chars FROM read_parquet('" + out
          + "/articles/*.parquet') WHERE article_id = 'a3'");
      assertTrue(a.next());
      assertEquals(java.sql.Date.valueOf("2017-09-24"), a.getDate(1));
      assertEquals("sdf AND saa   clash.".length(), a.getInt(2));
      java.sql.ResultSet rj = st.executeQuery("SELECT count(*), min(run_id), min(stage) FROM read_parquet('" + out
          + "/rejects/*.parquet')");
      assertTrue(rj.next());
      assertEquals(5, rj.getInt(1));
      assertEquals("run-7", rj.getString(2));
      assertEquals("ingest", rj.getString(3));
    }
  }

  @Test
  void webArchiveGivesArticlesRejectsAndSkippedRecords() throws Exception {
    Path warc = dir.resolve("crawl/news-sample.warc.gz");
    org.actorpulse.corpus.WarcSample.write(warc);
    try (IngestResult r = run(IngestSettings.of(List.of(dir.resolve("crawl").toString()), "r"))) {
      // 24 records: 8 English pages; a French page, a 404 and a PDF rejected; warcinfo, 11 requests, 1 metadata.
      assertEquals(new IngestCounts(24, 8, 0, 3, 0, 13), r.counts());
      assertIdentity(r);
      assertEquals(Map.of("language:fr", List.of(12L), "warc:http-status", List.of(10L), "warc:not-html", List.of(18L)),
          rejectLines(r));
      Map<String, Article> a = byId(r);
      Map<String, Long> bySource = a.values().stream()
          .collect(Collectors.groupingBy(Article::source, TreeMap::new, Collectors.counting()));
      assertEquals(Map.of("levant-tribune.example", 3L, "news.gulfwire.example", 3L, "eurasia-monitor.example", 2L),
          bySource, "source from the host of the target URI");
      assertTrue(a.values().stream().allMatch(x -> x.language().equals("en")), "only English pages are articles");
      String noDateUrl = "https://www.eurasia-monitor.example/news/2017/09/24/deir-ez-zor-crossing";
      Article noDate = a.get(Texts.sha256Hex(noDateUrl, 16));
      assertEquals(LocalDate.of(2017, 9, 24), noDate.date(), "the capture date when the page states none");
      assertTrue(a.values().stream().noneMatch(x -> x.text().contains("cookie") || x.text().contains("Advertisement")
          || x.text().contains("Most read") || x.text().contains("Reader in")), "no boilerplate in any text");
      assertEquals("en", r.articles().select("language").distinct().first().getString(0));
    }
  }

  @Test
  void theFirstReadSketchesEachKeptArticleAsItsWrittenText() throws Exception {
    Path f = dir.resolve("in.jsonl");
    // A cut text (max 20 chars), an HTML one, exact duplicates (a3 repeats a1 normalised), a taken id, no word.
    Files.writeString(f, JSONL + "\n{\"id\":\"h1\",\"date\":\"2017-09-25\",\"text\":\"<html><body><p>Russia and "
        + "Turkey met in Sochi on Friday.</p></body></html>\"}\n{\"id\":\"p1\",\"date\":\"2017-09-25\",\"text\":\"... !\"}");
    NearDuplicateOptions options = NearDuplicateOptions.DEFAULTS;
    IngestSettings s = IngestSettings.of(List.of(f.toString()), "r").withMaxTextChars(20).withNearDuplicates(options);
    try (IngestResult r = run(s)) {
      Map<String, Row> sketches = r.sketches().collectAsList().stream()
          .collect(Collectors.toMap(row -> row.getString(0), row -> row));
      Sketcher sketcher = new Sketcher(options);
      int sketched = 0;
      for (Article a : byId(r).values()) {
        Sketcher.Sketch expected = sketcher.of(a.text());
        Row got = sketches.get(a.articleId());
        if (expected == null) {
          assertNull(got, a.articleId() + " has no word");
          continue;
        }
        sketched++;
        assertEquals(java.sql.Date.valueOf(a.date()), got.getDate(1));
        List<Integer> shingles = got.getList(2);
        List<Long> keys = got.getList(3);
        assertEquals(java.util.Arrays.stream(expected.shingles()).boxed().toList(), shingles, a.articleId());
        assertEquals(java.util.Arrays.stream(expected.keys()).boxed().toList(), keys, a.articleId());
      }
      assertEquals(sketched, sketches.size(), "one sketch per kept article with a word: " + sketches.keySet());
      assertTrue(sketched >= 4, sketched + " sketched");
    }
    try (IngestResult r = run(IngestSettings.of(List.of(f.toString()), "r"))) {
      assertNull(r.sketches(), "none asked for");
    }
  }
}
