package org.actorpulse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.actorpulse.model.Article;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.junit.jupiter.api.Test;

/** Web archives record by record, without Spark: what becomes an article, a reject, or a skipped record. */
class WarcRecordsTest {
  private final FileRecords files = new FileRecords(FieldMapping.defaults(), new RecordMapper(null, null, 10_000));

  private static final Instant CAPTURED = Instant.parse("2017-09-26T03:00:00Z");
  private static final String BODY = "<p>Turkish troops crossed into Syria's Idlib province on Sunday to set up"
      + " observation posts agreed with Russia and Iran, the Turkish army said in a statement.</p>"
      + "<p>The deployment follows talks in Astana, where the three countries agreed on four de-escalation zones"
      + " to reduce fighting between government forces and rebels.</p>";

  private List<ParsedRecord> read(String name, byte[] bytes) throws IOException {
    List<ParsedRecord> out = new ArrayList<>();
    files.open(name, new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
    return out;
  }

  /** "ok", the reject reason, or the skipped kind, with the record number: "ok@3", "warc:request@2". */
  private static List<String> outcomes(List<ParsedRecord> rs) {
    return rs.stream().map(r -> (r.isArticle() ? "ok" : r.isSkipped() ? r.skipped() : r.reason()) + "@" + r.line())
        .toList();
  }

  static byte[] warc(WarcCompression compression, WarcRecord... records) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(b), compression)) {
      for (WarcRecord r : records) w.write(r);
    }
    return b.toByteArray();
  }

  static WarcResponse response(String url, int status, String contentType, String body, String... headers)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
    for (int i = 0; i < headers.length; i += 2) http.addHeader(headers[i], headers[i + 1]);
    http.body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8));
    return new WarcResponse.Builder(url).date(CAPTURED).body(http.build()).build();
  }

  static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
        + "<article>" + body + "</article><footer>Copyright 2017 Example News Ltd. All rights reserved.</footer>"
        + "</body></html>";
  }

  private static WarcRequest request(String url) throws IOException {
    return new WarcRequest.Builder(url).date(CAPTURED)
        .body(new HttpRequest.Builder("GET", "/").addHeader("Host", "example.org").build()).build();
  }

  @Test
  void everyRecordIsAnArticleARejectOrSkipped() throws IOException {
    String url = "https://www.example-news.org/world/idlib";
    byte[] bytes = warc(WarcCompression.GZIP,
        new Warcinfo.Builder().date(CAPTURED).fields(java.util.Map.of("software", List.of("test"))).build(),
        request(url),
        response(url, 200, "text/html; charset=utf-8", page("<title>Troops enter Idlib</title>"
            + "<meta property=\"article:published_time\" content=\"2017-09-24T22:30:00-03:00\">", BODY)),
        response("https://www.example-news.org/old", 301, "text/html", "", "Location", "https://www.example-news.org/new"),
        response("https://www.example-news.org/gone", 404, "text/html", "<html><body><p>Not found</p></body></html>"),
        response("https://www.example-news.org/report.pdf", 200, "application/pdf", "%PDF-1.4 ..."),
        response("https://www.example-news.org/api", 200, "application/json", "{\"a\":1}"));
    List<ParsedRecord> rs = read("crawl.warc.gz", bytes);
    assertEquals(List.of("warc:warcinfo@1", "warc:request@2", "ok@3", "warc:http-status@4", "warc:http-status@5",
        "warc:not-html@6", "warc:not-html@7"), outcomes(rs));

    Article a = rs.get(2).article();
    assertEquals(url, a.url());
    assertEquals("example-news.org", a.source(), "source from the target's host, www. dropped");
    assertEquals(Texts.sha256Hex(url, 16), a.articleId());
    assertEquals("Troops enter Idlib", a.title());
    assertEquals(LocalDate.of(2017, 9, 25), a.date(), "the page's date, in UTC, rather than the capture date");
    assertEquals("en", a.language());
    assertEquals(2, a.text().split("\n\n").length, a.text());
    assertTrue(a.text().startsWith("Turkish troops crossed") && !a.text().contains("Copyright")
        && !a.text().contains("Home"), a.text());

    String raw = rs.get(3).reject().raw();
    assertTrue(raw.startsWith("WARC/1.") && raw.contains("WARC-Target-URI: https://www.example-news.org/old")
        && raw.contains("HTTP/1.1 301") && raw.contains("Location:"), "raw = WARC and HTTP headers: " + raw);
  }

  @Test
  void datePrecedenceFallsBackToTheCaptureDate() throws IOException {
    String jsonLdOnly = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2017-09-20T08:00:00Z\"}</script><meta name=\"date\" content=\"20 Sept 2017\">", BODY);
    String timeOnly = page("", "<time datetime=\"2017-09-21\">21 Sep</time>" + BODY);
    String none = page("<meta property=\"article:modified_time\" content=\"2017-09-30\">", BODY);
    byte[] bytes = warc(WarcCompression.NONE,
        response("http://a.example.org/1", 200, "text/html", jsonLdOnly),
        response("http://a.example.org/2", 200, "text/html", timeOnly),
        response("http://a.example.org/3", 200, "text/html", none));
    List<LocalDate> dates = read("x.warc", bytes).stream().map(r -> r.article().date()).toList();
    assertEquals(List.of(LocalDate.of(2017, 9, 20), LocalDate.of(2017, 9, 21), LocalDate.of(2017, 9, 26)), dates,
        "an unparseable meta date is passed over; a modified date is no publication date");
  }

  @Test
  void missingContentTypeUsesTheIdentifiedPayloadTypeAndEncodingsAreUndone() throws IOException {
    HttpResponse noType = new HttpResponse.Builder(200, "OK").body(null, page("", BODY).getBytes(StandardCharsets.UTF_8))
        .build();
    WarcResponse identified = new WarcResponse.Builder("http://b.example.org/1").date(CAPTURED).body(noType)
        .identifiedPayloadType("text/html").build();
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(page("", BODY).getBytes(StandardCharsets.UTF_8));
    }
    WarcResponse gzipped = new WarcResponse.Builder("http://b.example.org/2").date(CAPTURED)
        .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
            .body(MediaType.HTML, gz.toByteArray()).build()).build();
    WarcResponse brotli = new WarcResponse.Builder("http://b.example.org/3").date(CAPTURED)
        .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "br")
            .body(MediaType.HTML, new byte[] {1, 2, 3}).build()).build();
    WarcResponse corruptGzip = new WarcResponse.Builder("http://b.example.org/4").date(CAPTURED)
        .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
            .body(MediaType.HTML, Arrays.copyOf(gz.toByteArray(), 30)).build()).build();
    List<ParsedRecord> rs = read("y.warc.gz", warc(WarcCompression.GZIP, identified, gzipped, brotli, corruptGzip));
    assertEquals(List.of("ok@1", "ok@2", "warc:malformed@3", "warc:malformed@4"), outcomes(rs),
        "a page's broken encoding rejects that page only");
    assertTrue(rs.get(1).article().text().startsWith("Turkish troops crossed"));
  }

  @Test
  void truncatedGzipKeepsTheRecordsBeforeTheCutAndEndsWithOneReject() throws IOException {
    List<WarcRecord> records = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      records.add(response("http://c.example.org/" + i, 200, "text/html",
          page("", "<p>Record " + i + " of the archive. " + BODY.substring(3))));
    }
    byte[] whole = warc(WarcCompression.GZIP, records.toArray(WarcRecord[]::new));
    // Cut inside the third record's gzip member (the records are about the same size), at several points.
    for (int cutAt : new int[] {whole.length * 5 / 8, whole.length * 5 / 8 + 7, whole.length * 3 / 4 - 9}) {
      List<String> got = outcomes(read("z.warc.gz", Arrays.copyOf(whole, cutAt)));
      assertEquals(List.of("ok@1", "ok@2", "gzip:corrupt@3"), got, "cut at " + cutAt + " of " + whole.length);
    }

    byte[] corruptMember = whole.clone();
    for (int i = whole.length / 2; i < whole.length / 2 + 40; i++) corruptMember[i] ^= 0x5a;
    List<String> corrupt = outcomes(read("z.warc.gz", corruptMember));
    assertTrue(corrupt.get(corrupt.size() - 1).startsWith("gzip:corrupt@"), corrupt.toString());
  }

  @Test
  void truncatedPlainWarcEndsWithAMalformedReject() throws IOException {
    byte[] whole = warc(WarcCompression.NONE, response("http://d.example.org/1", 200, "text/html", page("", BODY)),
        response("http://d.example.org/2", 200, "text/html", page("", BODY)));
    String text = new String(whole, StandardCharsets.UTF_8);
    byte[] cut = text.substring(0, text.lastIndexOf("WARC-Target-URI")).getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("ok@1", "warc:malformed@2"), outcomes(read("d.warc", cut)));
  }

  @Test
  void warcIsSniffedFromContentWhateverTheName() throws IOException {
    byte[] plain = warc(WarcCompression.NONE, response("http://e.example.org/1", 200, "text/html", page("", BODY)));
    byte[] gz = warc(WarcCompression.GZIP, response("http://e.example.org/1", 200, "text/html", page("", BODY)));
    assertEquals(List.of("ok@1"), outcomes(read("part-00000", plain)));
    assertEquals(List.of("ok@1"), outcomes(read("CC-NEWS-20170925.dat", gz)));
    assertEquals(InputFormat.WARC, FormatSniffer.detect("a.warc.gz", "{".getBytes(), 1), "the extension decides");
    assertEquals(InputFormat.WARC, FormatSniffer.detect("noext", plain, 64));
    assertEquals(InputFormat.SEED_TEXT, FormatSniffer.detect("a.txt", "WARC/2.0 no".getBytes(), 11));
  }

  @Test
  void foreignPagesAreLanguageRejects() throws IOException {
    String french = "<p>Les forces turques sont entrées dimanche dans la province syrienne d'Idleb pour y installer"
        + " des postes d'observation convenus avec la Russie et l'Iran, a indiqué l'armée turque.</p><p>Ce"
        + " déploiement fait suite aux discussions d'Astana, où les trois pays se sont entendus sur quatre zones"
        + " de désescalade.</p>";
    List<ParsedRecord> rs = read("f.warc", warc(WarcCompression.NONE,
        response("http://f.example.org/fr", 200, "text/html", page("", french)),
        response("http://f.example.org/en", 200, "text/html", page("", BODY))));
    assertEquals(List.of("language:fr@1", "ok@2"), outcomes(rs));
  }

  @Test
  void aPlainWarcCutInsideABodyEndsWithAMalformedReject() throws IOException {
    byte[] whole = warc(WarcCompression.NONE, response("http://d.example.org/1", 200, "text/html", page("", BODY)),
        response("http://d.example.org/2", 200, "text/html", page("", BODY)));
    assertEquals(List.of("ok@1", "warc:malformed@2"), outcomes(read("d.warc", Arrays.copyOf(whole, whole.length - 100))));
  }

  @Test
  void aStaleContentEncodingOrRawDeflateStillGivesThePage() throws IOException {
    byte[] html = page("", BODY).getBytes(StandardCharsets.UTF_8);
    assertEquals(new String(html, StandardCharsets.UTF_8),
        new String(WarcIterator.decoded(html, "gzip"), StandardCharsets.UTF_8), "stored decoded, header kept");
    java.util.zip.Deflater raw = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
    raw.setInput(html);
    raw.finish();
    byte[] buf = new byte[html.length + 64];
    byte[] deflated = Arrays.copyOf(buf, raw.deflate(buf));
    raw.end();
    assertEquals(new String(html, StandardCharsets.UTF_8),
        new String(WarcIterator.decoded(deflated, "deflate"), StandardCharsets.UTF_8));
    List<ParsedRecord> rs = read("s.warc", warc(WarcCompression.NONE,
        response("http://s.example.org/1", 200, "text/html", page("", BODY), "Content-Encoding", "gzip")));
    assertEquals(List.of("ok@1"), outcomes(rs));
  }

  @Test
  void aContentTypeWithoutItsSemicolonIsStillHtml() throws IOException {
    WarcResponse r = new WarcResponse.Builder("http://t.example.org/1").date(CAPTURED)
        .body(MediaType.HTTP_RESPONSE, ("HTTP/1.1 200 OK\r\nContent-Type: text/html charset=utf-8\r\n\r\n"
            + page("", BODY)).getBytes(StandardCharsets.UTF_8)).build();
    assertEquals(List.of("ok@1"), outcomes(read("t.warc", warc(WarcCompression.NONE, r))));
  }

  @Test
  void aRecordWithoutATypeIsMalformedAndTheFileGoesOn() throws IOException {
    String untyped = "WARC/1.0\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "WARC-Date: 2017-09-26T03:00:00Z\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
    byte[] good = warc(WarcCompression.NONE, response("http://u.example.org/1", 200, "text/html", page("", BODY)));
    byte[] file = (untyped + new String(good, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("warc:malformed@1", "ok@2"), outcomes(read("u.warc", file)));
  }

  @Test
  void aPageDateAfterTheCaptureIsAPlaceholderAndTheCaptureDateWins() throws IOException {
    String head = "<meta property=\"article:published_time\" content=\"2031-01-01T00:00:00Z\">"
        + "<meta name=\"date\" content=\"2017-09-24\">";
    List<ParsedRecord> rs = read("p.warc", warc(WarcCompression.NONE,
        response("http://p.example.org/1", 200, "text/html", page(head, BODY))));
    assertEquals(LocalDate.of(2017, 9, 24), rs.get(0).article().date(), "the first date not after the capture");
    List<ParsedRecord> only = read("q.warc", warc(WarcCompression.NONE, response("http://p.example.org/2", 200,
        "text/html", page("<meta property=\"article:published_time\" content=\"2031-01-01\">", BODY))));
    assertEquals(LocalDate.of(2017, 9, 26), only.get(0).article().date());
  }
}
