package org.actorpulse.report;

import static org.actorpulse.report.ReportFixtures.D0;
import static org.actorpulse.report.ReportFixtures.actor;
import static org.actorpulse.report.ReportFixtures.nodes;
import static org.actorpulse.report.ReportFixtures.parse;
import static org.actorpulse.report.ReportFixtures.point;
import static org.actorpulse.report.ReportFixtures.series;
import static org.actorpulse.report.ReportFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each chart on its own, read back as XML: the marks are where the numbers say. */
class ChartsTest {
  private static double attr(NodeList list, int i, String name) {
    return Double.parseDouble(((Element) list.item(i)).getAttribute(name));
  }

  @Test
  void mentionBarsAreProportionalToMentions() throws Exception {
    Document doc = parse(TopActorsChart.render(List.of(actor("A", "Alpha", 40, 0.5), actor("B", "Beta", 10, -0.5))));
    NodeList bars = nodes(doc, "//rect[contains(@class,'mentions')]");
    assertEquals(2, bars.getLength());
    assertEquals(4.0, attr(bars, 0, "width") / attr(bars, 1, "width"), 1e-2);
    assertEquals(List.of("Alpha (A)", "Beta (B)"), texts(doc, "//text[@class='label']"));
  }

  @Test
  void longNamesAreCutButKeepTheirId() {
    ActorTotal gov = actor("USA.GOV", "Government of the United States", 1, null);
    assertEquals("Government of the United States (USA.GOV)", gov.shortLabel(60));
    assertEquals("Government of the … (USA.GOV)", gov.shortLabel(29));
    assertEquals(29, gov.shortLabel(29).length());
    assertEquals("RUS", actor("RUS", "RUS", 1, null).shortLabel(10));
    assertEquals("Govern…", gov.shortLabel(7), "no room for the id: cut the whole label");
  }

  @Test
  void sentimentBarsGrowFromZeroAndTakeTheirSign() throws Exception {
    Document doc = parse(TopActorsChart.render(List.of(actor("A", "A", 4, 0.5), actor("B", "B", 3, -0.5))));
    NodeList pos = nodes(doc, "//rect[contains(@class,'positive')]");
    NodeList neg = nodes(doc, "//rect[contains(@class,'negative')]");
    assertEquals(1, pos.getLength());
    assertEquals(1, neg.getLength());
    // Mirror images around the zero line.
    assertEquals(attr(pos, 0, "width"), attr(neg, 0, "width"), 0.11);
    assertEquals(attr(pos, 0, "x"), attr(neg, 0, "x") + attr(neg, 0, "width"), 0.11);
  }

  @Test
  void unscoredActorSaysSoInsteadOfABar() throws Exception {
    Document doc = parse(TopActorsChart.render(List.of(actor("A", "A", 4, null))));
    assertEquals(0, nodes(doc, "//rect[contains(@class,'sentiment')]").getLength());
    assertEquals(List.of("not scored"), texts(doc, "//text[@class='muted']"));
  }

  @Test
  void mentionLinesCoverEveryDayWithZerosBetween() throws Exception {
    ActorTotal a = actor("A", "A", 10, 0.0);
    Document doc = parse(MentionsOverTimeChart.render(List.of(series(a, 3, 0, 0, 7))));
    String points = ((Element) nodes(doc, "//polyline").item(0)).getAttribute("points");
    String[] xy = points.split(" ");
    assertEquals(4, xy.length, "one vertex a day, the empty days included");
    assertEquals(xy[1].split(",")[1], xy[2].split(",")[1], "the two empty days are at the same height (0)");
    assertEquals(2, nodes(doc, "//circle").getLength(), "dots only on days with mentions");
  }

  @Test
  void sentimentBandBreaksWhereThereIsNoInterval() {
    List<SentimentPoint> pts = List.of(point(0, 5, 0, false), point(1, 4, 0, false), point(2, 1, 0, false),
        point(3, 6, 0, false));
    List<List<SentimentPoint>> runs = SentimentOverTimeChart.runsWithInterval(pts);
    assertEquals(2, runs.size());
    assertEquals(2, runs.get(0).size());
    assertEquals(1, runs.get(1).size());
  }

  @Test
  void shiftPeriodsAreShadedAndTheirPointsMarked() throws Exception {
    ActorTotal a = actor("A", "A", 50, 0.0);
    SentimentTrack t = new SentimentTrack(a, List.of(point(0, 12, 0.4, false), point(1, 12, -0.4, true),
        point(2, 12, -0.3, false)));
    Document doc = parse(SentimentOverTimeChart.render(List.of(t), "day"));
    assertEquals(1, nodes(doc, "//rect[@class='shift']").getLength());
    assertEquals(1, nodes(doc, "//circle[@class='point shifted']").getLength());
    assertEquals(1, nodes(doc, "//polygon[@class='band']").getLength());
    assertTrue(texts(doc, "//text[@class='muted']").get(0).contains("1 shift"));
    // The shifted point is below zero: its y lies under the zero line's.
    double zeroY = Double.parseDouble(((Element) nodes(doc, "//line[@class='zero']").item(0)).getAttribute("y1"));
    double shiftY = attr(nodes(doc, "//circle[@class='point shifted']"), 0, "cy");
    assertTrue(shiftY > zeroY);
  }

  @Test
  void singlePeriodSeriesIsDrawnNotDividedByZero() throws Exception {
    ActorTotal a = actor("A", "A", 3, 0.2);
    Document doc = parse(SentimentOverTimeChart.render(
        List.of(new SentimentTrack(a, List.of(new SentimentPoint(D0, 3, 0.2, 0.0, 0.4, false)))), "week"));
    assertEquals(1, nodes(doc, "//circle").getLength());
    assertEquals(1, nodes(doc, "//line[@class='interval']").getLength());
  }

  @Test
  void circularLayoutStartsAtTheTopGoesClockwiseAndAnchorsLabelsOutwards() {
    List<CircularLayout.Placement> p = CircularLayout.place(4, 100, 100, 50, 10);
    assertEquals(100, p.get(0).x(), 1e-9);
    assertEquals(50, p.get(0).y(), 1e-9);
    assertEquals(150, p.get(1).x(), 1e-9, "second node at 3 o'clock (SVG y grows downwards)");
    assertEquals(150, p.get(2).y(), 1e-9);
    assertEquals(50, p.get(3).x(), 1e-9);
    assertEquals(List.of("middle", "start", "middle", "end"),
        p.stream().map(CircularLayout.Placement::anchor).toList());
    assertEquals(160, p.get(1).labelX(), 1e-9);
    assertEquals(40, p.get(3).labelX(), 1e-9);
    for (CircularLayout.Placement q : CircularLayout.place(7, 100, 100, 50, 10)) {
      assertEquals(50, Math.hypot(q.x() - 100, q.y() - 100), 1e-9, "every node on the circle");
    }
  }

  @Test
  void networkDrawsPositiveEdgesAmongShownActorsStrongerWider() throws Exception {
    List<ActorTotal> actors = List.of(actor("A", "A", 40, 0.0), actor("B", "B", 10, 0.0), actor("C", "C", 5, 0.0));
    List<PairLink> pairs = List.of(new PairLink("A", "B", 5, 2, 0.8), new PairLink("A", "C", 1, 0, 0.1),
        new PairLink("B", "C", 1, 0, -0.2), new PairLink("A", "Z", 9, 9, 0.9));
    Document doc = parse("<div>" + NetworkChart.render(actors, pairs) + "</div>");
    NodeList edges = nodes(doc, "//line[@class='edge']");
    assertEquals(2, edges.getLength(), "B-C is below chance; Z is not among the actors shown");
    // Drawn weakest first; the strongest (A-B) is last and, being the strongest, at full width.
    assertEquals(1 + 7 * 0.1 / 0.8, attr(edges, 0, "stroke-width"), 0.051);
    assertEquals(8, attr(edges, 1, "stroke-width"), 1e-9);
    assertTrue(texts(doc, "//p[@class='muted']").get(0).startsWith("1 pair of top actors"));
    NodeList circles = nodes(doc, "//g[@class='node']/circle");
    assertEquals(2.0, attr(circles, 0, "r") / attr(circles, 1, "r"), 1e-2, "area proportional to mentions");
    assertEquals(2, nodes(doc, "//table[@class='pairs']/tbody/tr").getLength());
    assertEquals("0.800", texts(doc, "//table[@class='pairs']/tbody/tr[1]/td[5]").get(0), "strongest pair first");
  }

  @Test
  void networkWithOnlyChanceMeetingsSaysSo() throws Exception {
    List<ActorTotal> actors = List.of(actor("A", "A", 40, 0.0), actor("B", "B", 10, 0.0));
    Document doc = parse("<div>" + NetworkChart.render(actors, List.of(new PairLink("A", "B", 1, 0, -0.3)))
        + "</div>");
    assertEquals(0, nodes(doc, "//line[@class='edge']").getLength());
    assertTrue(texts(doc, "//div[@class='nodata']").get(0).contains("more often than chance"));
  }

  @Test
  void runSummaryChecksTheAccounting() throws Exception {
    String html = "<div>" + RunSummaryPanel.render(ReportFixtures.run(), 3) + "</div>";
    Document doc = parse(html);
    List<String> dd = texts(doc, "//dd");
    assertTrue(dd.stream().anyMatch(s -> s.startsWith("input_records 39, articles 37, duplicates 0, rejects 2")
        && s.contains("✓")), dd.toString());
    assertTrue(dd.contains("3 runs recorded in this output folder"), dd.toString());
    assertEquals(List.of("articles", "mentions"), texts(doc, "//table[@class='rows']/tbody/tr/td[1]"));
  }

  @Test
  void unbalancedAccountingIsCalledOut() {
    RunSummary r = ReportFixtures.run();
    java.util.Map<String, Long> acc = new java.util.LinkedHashMap<>(r.accounting());
    acc.put("rejects", 5L);
    RunSummary bad = new RunSummary(r.runId(), r.command(), r.status(), r.startedAt(), r.finishedAt(), r.inputs(),
        r.engine(), r.scorer(), r.rows(), acc, r.stageSeconds(), r.message());
    assertEquals(false, bad.accountingBalances());
    assertTrue(RunSummaryPanel.render(bad, 1).contains("records were lost or counted twice"));
  }

  @Test
  void sourceToneCellsShowEachSourcesToneAndFrameTheDivergentOne() throws Exception {
    List<ActorTotal> top = List.of(actor("RUS", "Russia", 40, -0.3), actor("X&Y", "Hostile", 20, 0.25),
        actor("SYR", "Syria", 10, null));
    Document doc = parse(SourceToneChart.render(ReportFixtures.sourceTones(top)));
    assertEquals(List.of("<b>mild</b>", "harsh.example"), texts(doc, "//text[@class='label']"),
        "names are text, in the order given");
    NodeList cells = nodes(doc, "//g[starts-with(@class,'cell')]");
    assertEquals(2 * 3, cells.getLength(), "one cell per source and actor");
    NodeList divergent = nodes(doc, "//g[@class='cell divergent']/rect");
    assertEquals(1, divergent.getLength());
    assertEquals(Palette.SHIFT, ((Element) divergent.item(0)).getAttribute("stroke"));
    assertTrue(texts(doc, "//g[@class='cell divergent']/*[local-name()='title']").get(0)
        .startsWith("harsh.example on Russia (RUS): 60 mentions in 30 articles, share of voice 50.0%; tone"));
    assertEquals(3, nodes(doc, "//g[@class='cell empty']").getLength(), "SYR never, X&Y not by harsh.example");
    assertEquals(List.of("\u22120.10  n=40", "+0.30  n=5", "\u22120.70  n=30 *"),
        texts(doc, "//g[starts-with(@class,'cell') and not(contains(@class,'empty'))]/*[local-name()='text']"));
  }

  @Test
  void sourceToneColoursRunFromPaleToFullWithTheSign() {
    assertEquals("#e6edf6", SourceToneChart.colour(0.0), "12% of the positive colour on white");
    assertEquals(Palette.POSITIVE, SourceToneChart.colour(1.0));
    assertEquals(Palette.NEGATIVE, SourceToneChart.colour(-1.0));
    assertTrue(SourceToneChart.colour(-0.05).compareTo(SourceToneChart.colour(-0.9)) > 0, "paler near zero");
  }

  @Test
  void oneSourceIsNothingToCompare() throws Exception {
    List<ActorTotal> top = List.of(actor("RUS", "Russia", 40, -0.3));
    SourceTones one = new SourceTones(top, List.of("only.example"), java.util.Map.of());
    assertEquals("No data: one source only (only.example): nothing to compare it with",
        texts(parse("<r>" + SourceToneChart.render(one) + "</r>"), "//div").get(0));
  }
}
