package org.actorpulse.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The co-occurrence network of the top actors: nodes on a circle ({@link CircularLayout}), their area proportional
 * to mentions and their colour the actor's type; an edge per pair seen together more often than chance (NPMI
 * above 0), its width and opacity growing with NPMI relative to the strongest pair shown, so the structure shows
 * even when every NPMI is small (the legend gives the strongest value). Pairs at or below chance are left out:
 * in a small sample nearly every pair of frequent actors meets once, and drawing them all gives a hairball. A
 * table of the pairs follows, as the numbers behind the picture.
 */
public final class NetworkChart {
  static final int WIDTH = 940;
  static final int HEIGHT = 560;
  private static final double CX = 470;
  private static final double CY = 285;
  private static final double RADIUS = 200;
  private static final double MAX_NODE = 24;
  private static final double MIN_NODE = 5;
  private static final int LABEL_CHARS = 26;
  private static final int TABLE_ROWS = 15;

  private NetworkChart() {}

  public static String render(List<ActorTotal> actors, List<PairLink> pairs) {
    if (actors.isEmpty()) return NoData.panel("no actors, so no network (actor_daily is empty)");
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < actors.size(); i++) index.put(actors.get(i).actorId(), i);
    List<PairLink> among = pairs.stream()
        .filter(p -> index.containsKey(p.actorA()) && index.containsKey(p.actorB())).toList();
    List<PairLink> shown = among.stream().filter(p -> p.npmi() > 0)
        .sorted(Comparator.comparingDouble(PairLink::npmi).thenComparing(PairLink::actorA)
            .thenComparing(PairLink::actorB))
        .toList();
    List<CircularLayout.Placement> at = CircularLayout.place(actors.size(), CX, CY, RADIUS, MAX_NODE + 8);
    long maxMentions = actors.stream().mapToLong(ActorTotal::mentions).max().orElse(1);
    Map<String, String> typeColours = typeColours(actors);
    double strongest = shown.stream().mapToDouble(PairLink::npmi).max().orElse(1);

    StringBuilder b = new StringBuilder();
    b.append(Svg.open(WIDTH, HEIGHT, "chart network", "Co-occurrence network of the top actors"));
    // Weakest first, so the strongest edges are drawn on top.
    for (PairLink p : shown) {
      CircularLayout.Placement a = at.get(index.get(p.actorA()));
      CircularLayout.Placement c = at.get(index.get(p.actorB()));
      double strength = p.npmi() / strongest;
      b.append("<line class=\"edge\" x1=\"").append(Svg.n(a.x())).append("\" y1=\"").append(Svg.n(a.y()))
          .append("\" x2=\"").append(Svg.n(c.x())).append("\" y2=\"").append(Svg.n(c.y()))
          .append("\" stroke-width=\"").append(Svg.n(1 + 7 * strength)).append("\" stroke-opacity=\"")
          .append(String.format(Locale.ROOT, "%.2f", 0.3 + 0.6 * strength)).append("\">")
          .append(Svg.title(p.actorA() + " – " + p.actorB() + ": " + p.articles() + " articles, " + p.sentences()
              + " sentences, NPMI " + String.format(Locale.ROOT, "%.2f", p.npmi())))
          .append("</line>");
    }
    for (int i = 0; i < actors.size(); i++) {
      ActorTotal a = actors.get(i);
      CircularLayout.Placement pl = at.get(i);
      // Area, not radius, proportional to mentions: the eye compares areas.
      double r = Math.max(MIN_NODE, MAX_NODE * Math.sqrt((double) a.mentions() / Math.max(1, maxMentions)));
      b.append("<g class=\"node\" data-actor=\"").append(Html.escape(a.actorId())).append("\">")
          .append(Svg.title(a.label() + " [" + a.type() + "]: " + a.mentions() + " mentions"))
          .append("<circle r=\"").append(Svg.n(r)).append("\" cx=\"").append(Svg.n(pl.x())).append("\" cy=\"")
          .append(Svg.n(pl.y())).append("\" fill=\"").append(typeColours.get(a.type())).append("\"/>")
          .append(Svg.text(pl.labelX(), pl.labelY(), pl.anchor(), "label", a.shortLabel(LABEL_CHARS)))
          .append("</g>");
    }
    int ly = 20;
    for (var e : typeColours.entrySet()) {
      b.append("<circle r=\"6\" cx=\"20\" cy=\"").append(ly).append("\" fill=\"").append(e.getValue())
          .append("\"/>").append(Svg.text(32, ly + 4, "start", "legend", e.getKey()));
      ly += 20;
    }
    b.append(Svg.text(WIDTH - 16, 20, "end", "muted", "node area: mentions · edge width: NPMI"));
    if (!shown.isEmpty()) {
      b.append(Svg.text(WIDTH - 16, 36, "end", "muted",
          String.format(Locale.ROOT, "widest edge: NPMI %.3f", strongest)));
    }
    b.append("</svg>");
    if (shown.isEmpty()) {
      b.append(NoData.panel(among.isEmpty() ? "no two top actors appear in the same article"
          : "no two top actors appear together more often than chance (every NPMI is 0 or below)"));
    } else {
      b.append(table(shown));
    }
    if (among.size() > shown.size()) {
      int hidden = among.size() - shown.size();
      b.append("<p class=\"muted\">").append(hidden).append(hidden == 1 ? " pair" : " pairs")
          .append(" of top actors meeting no more often than chance (NPMI 0 or below) not drawn.</p>");
    }
    return b.toString();
  }

  private static Map<String, String> typeColours(List<ActorTotal> actors) {
    Map<String, String> out = new LinkedHashMap<>();
    for (ActorTotal a : actors) {
      if (!out.containsKey(a.type())) out.put(a.type(), Palette.series(out.size()));
    }
    return out;
  }

  private static String table(List<PairLink> shown) {
    List<PairLink> rows = new ArrayList<>(shown);
    rows.sort(Comparator.comparingDouble(PairLink::npmi).reversed().thenComparing(PairLink::articles,
        Comparator.reverseOrder()).thenComparing(PairLink::actorA).thenComparing(PairLink::actorB));
    StringBuilder b = new StringBuilder("<table class=\"pairs\"><thead><tr><th>actor a</th><th>actor b</th>"
        + "<th class=\"num\">articles</th><th class=\"num\">sentences</th><th class=\"num\">NPMI</th></tr></thead>"
        + "<tbody>");
    for (PairLink p : rows.subList(0, Math.min(TABLE_ROWS, rows.size()))) {
      b.append("<tr><td>").append(Html.escape(p.actorA())).append("</td><td>").append(Html.escape(p.actorB()))
          .append("</td><td class=\"num\">").append(p.articles()).append("</td><td class=\"num\">")
          .append(p.sentences()).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.3f", p.npmi())).append("</td></tr>");
    }
    b.append("</tbody></table>");
    if (rows.size() > TABLE_ROWS) {
      b.append("<p class=\"muted\">").append(rows.size() - TABLE_ROWS)
          .append(" weaker pairs drawn but not listed.</p>");
    }
    return b.toString();
  }
}
