package org.actorpulse.report;

import static org.actorpulse.report.ReportFixtures.GENERATED;
import static org.actorpulse.report.ReportFixtures.nodes;
import static org.actorpulse.report.ReportFixtures.parse;
import static org.actorpulse.report.ReportFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The page as a whole: well-formed, self-contained, escaped, and readable when tables are empty. */
class ReportPageTest {
  private static final String HOSTILE = "<script>alert(\"x\")</script> & 'Co'";

  @Test
  void pageIsWellFormedAndHasEverySection() throws Exception {
    Document doc = parse(ReportPage.render(ReportFixtures.sample(), GENERATED));
    assertEquals(List.of("top-actors", "mentions", "sentiment", "sources", "network", "run"),
        texts(doc, "//h2/@id"));
    assertEquals(6, nodes(doc, "//*[local-name()='svg']").getLength(),
        "bars, lines, two sentiment panels, source tone, network");
  }

  @Test
  void hostileActorNamesAreTextNotMarkup() throws Exception {
    String html = ReportPage.render(ReportFixtures.sample(), GENERATED);
    assertFalse(html.contains("<script"), "a name must never become an element");
    Document doc = parse(html);
    assertEquals(0, nodes(doc, "//script").getLength());
    // The parser gives back the name exactly: escaping lost nothing.
    assertTrue(texts(doc, "//*[local-name()='title']").stream().anyMatch(t -> t.contains(HOSTILE + " (X&Y)")));
    assertTrue(texts(doc, "//*[@data-actor='X&Y']").size() >= 2, "line series and network node keep the id");
  }

  @Test
  void nothingOnThePageLoadsFromElsewhere() {
    String html = ReportPage.render(ReportFixtures.sample(), GENERATED);
    for (String banned : List.of("<script", "<link", "<img", "<iframe", "@import", "url(", "src=")) {
      assertFalse(html.contains(banned), "self-contained page must not contain " + banned);
    }
    // The only links are the page's own anchors.
    var href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    int links = 0;
    while (href.find()) {
      links++;
      assertTrue(href.group(1).startsWith("#"), href.group(1));
    }
    assertEquals(6, links);
  }

  @Test
  void emptyTablesGiveReadableNoDataPanels() throws Exception {
    Document doc = parse(ReportPage.render(ReportFixtures.empty(), GENERATED));
    List<String> panels = texts(doc, "//div[@class='nodata']");
    assertEquals(6, panels.size(), panels.toString());
    assertTrue(panels.stream().allMatch(p -> p.startsWith("No data: ")), panels.toString());
    assertTrue(panels.get(5).contains("runs table"), panels.toString());
    assertEquals("No data: no source mentions the top actors", panels.get(3));
    assertEquals(0, nodes(doc, "//*[local-name()='svg']").getLength());
    assertTrue(texts(doc, "//p[@class='note']").get(0).contains("actor_pairs"));
    assertEquals("No data: this output folder has no actor_pairs table", panels.get(4));
  }

  @Test
  void renderingIsDeterministic() {
    assertEquals(ReportPage.render(ReportFixtures.sample(), GENERATED),
        ReportPage.render(ReportFixtures.sample(), GENERATED));
  }

  @Test
  void mentionChartDrawsAtMostEightLines() throws Exception {
    List<MentionSeries> many = new java.util.ArrayList<>();
    List<ActorTotal> actors = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ActorTotal a = ReportFixtures.actor("A" + i, "Actor " + i, 100 - i, 0.0);
      actors.add(a);
      many.add(ReportFixtures.series(a, 1, 2, 3));
    }
    ReportData data = new ReportData("/o", actors, many, "day", List.of(), List.of(), null, 0, List.of(),
        SourceTones.NONE);
    Document doc = parse(ReportPage.render(data, GENERATED));
    assertEquals(ReportPage.MENTION_LINES,
        nodes(doc, "//*[local-name()='svg'][contains(@class,'mentions-over-time')]//*[local-name()='polyline']")
            .getLength());
  }
}
