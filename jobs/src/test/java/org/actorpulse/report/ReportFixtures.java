package org.actorpulse.report;

import org.actorpulse.stats.MeanStats;
import org.actorpulse.stats.SourceComparison;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Report data built in code, and an XML reading of rendered pages (the page is well-formed XML by design). */
final class ReportFixtures {
  static final LocalDate D0 = LocalDate.of(2017, 9, 14);
  static final Instant GENERATED = Instant.parse("2026-01-02T03:04:05Z");

  private ReportFixtures() {}

  static ActorTotal actor(String id, String name, long mentions, Double sentiment) {
    return new ActorTotal(id, name, "country", mentions, Math.max(1, mentions / 2), sentiment);
  }

  static MentionSeries series(ActorTotal a, long... perDay) {
    List<DayCount> days = new ArrayList<>();
    for (int i = 0; i < perDay.length; i++) if (perDay[i] > 0) days.add(new DayCount(D0.plusDays(i), perDay[i]));
    return new MentionSeries(a, days);
  }

  static SentimentPoint point(int day, long n, double mean, boolean shift) {
    return n < 2 ? new SentimentPoint(D0.plusDays(day), n, mean, null, null, shift)
        : new SentimentPoint(D0.plusDays(day), n, mean, Math.max(-1, mean - 0.2), Math.min(1, mean + 0.2), shift);
  }

  static RunSummary run() {
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("mentions", 120L);
    rows.put("articles", 37L);
    Map<String, Long> accounting = new LinkedHashMap<>();
    accounting.put("input_records", 39L);
    accounting.put("articles", 37L);
    accounting.put("duplicates", 0L);
    accounting.put("rejects", 2L);
    return new RunSummary("20260101T000000Z-abcd", "run", "succeeded", Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-01T00:00:42Z"), List.of("examples/news-sample.jsonl"), "fast", "rules", rows,
        accounting, Map.of("ingest", 3.5), null);
  }

  /** A small but complete report: three actors, one with a hostile name. */
  static ReportData sample() {
    ActorTotal rus = actor("RUS", "Russia", 40, -0.3);
    ActorTotal odd = actor("X&Y", "<script>alert(\"x\")</script> & 'Co'", 20, 0.25);
    ActorTotal syr = actor("SYR", "Syria", 10, null);
    List<ActorTotal> top = List.of(rus, odd, syr);
    return new ReportData("/tmp/out", top,
        List.of(series(rus, 5, 0, 10, 25), series(odd, 2, 8, 0, 10), series(syr, 0, 0, 10)), "day",
        List.of(new SentimentTrack(rus, List.of(point(0, 12, -0.1, false), point(1, 1, 0.3, false),
                point(2, 14, -0.2, false), point(3, 20, -0.6, true))),
            new SentimentTrack(odd, List.of(point(0, 3, 0.2, false)))),
        List.of(new PairLink("RUS", "X&Y", 6, 2, 0.45), new PairLink("RUS", "SYR", 3, 0, -0.1)),
        run(), 1, List.of(), sourceTones(List.of(rus, odd, syr)));
  }

  static ReportData empty() {
    return new ReportData("/tmp/empty", List.of(), List.of(), "day", List.of(), List.of(), null, 0,
        List.of("actor_pairs"), SourceTones.NONE);
  }

  /** Two sources: one harsh toward RUS (divergent), one that never scores SYR. */
  static SourceTones sourceTones(List<ActorTotal> top) {
    MeanStats harsh = MeanStats.of(30, -0.7, 0.2);
    MeanStats mild = MeanStats.of(40, -0.1, 0.2);
    Map<String, Map<String, SourceComparison.Line>> lines = Map.of(
        "RUS", Map.of(
            "harsh.example", new SourceComparison.Line("harsh.example", "RUS", 60, 30, 0.5, harsh, mild, true),
            "<b>mild</b>", new SourceComparison.Line("<b>mild</b>", "RUS", 80, 40, 0.4, mild, harsh, false)),
        "X&Y", Map.of(
            "<b>mild</b>", new SourceComparison.Line("<b>mild</b>", "X&Y", 10, 5, 0.1, MeanStats.of(5, 0.3, 0.1),
                new MeanStats(), false)));
    return new SourceTones(top, List.of("<b>mild</b>", "harsh.example"), lines);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static NodeList nodes(Document doc, String xpath) throws Exception {
    return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
  }

  static List<String> texts(Document doc, String xpath) throws Exception {
    NodeList list = nodes(doc, xpath);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) out.add(list.item(i).getTextContent());
    return out;
  }
}
