package org.actorpulse.report;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars of the top actors: mentions on the left, mean sentiment on the right as a bar from zero (blue
 * positive, orange negative) on a fixed [-1, 1] scale, so actors and reports compare at a glance.
 */
public final class TopActorsChart {
  static final int WIDTH = 940;
  static final int ROW = 26;
  private static final int TOP = 44;
  private static final int LABEL_RIGHT = 250;
  private static final int BAR_LEFT = 260;
  private static final int BAR_RIGHT = 540;
  private static final int SENT_LEFT = 660;
  private static final int SENT_RIGHT = 880;
  static final int LABEL_CHARS = 34;

  private TopActorsChart() {}

  public static String render(List<ActorTotal> actors) {
    if (actors.isEmpty()) return NoData.panel("no actor was mentioned (actor_daily is empty)");
    int height = TOP + ROW * actors.size() + 30;
    long max = actors.stream().mapToLong(ActorTotal::mentions).max().orElse(1);
    LinearScale x = LinearScale.fromZero(max, BAR_LEFT, BAR_RIGHT, 5);
    LinearScale s = new LinearScale(-1, 1, SENT_LEFT, SENT_RIGHT);
    StringBuilder b = new StringBuilder();
    b.append(Svg.open(WIDTH, height, "chart top-actors", "Top actors by mentions, with mean sentiment"));
    b.append(Svg.text(BAR_LEFT, 16, "start", "head", "mentions (rolled up)"));
    b.append(Svg.text(s.map(0), 16, "middle", "head", "mean sentiment toward the actor"));
    for (double t : x.ticks(5)) {
      b.append(Svg.line(x.map(t), TOP - 8, x.map(t), height - 26, "grid"));
      b.append(Svg.text(x.map(t), height - 10, "middle", "tick", count(t)));
    }
    for (double t : List.of(-1.0, -0.5, 0.0, 0.5, 1.0)) {
      b.append(Svg.line(s.map(t), TOP - 8, s.map(t), height - 26, t == 0 ? "zero" : "grid"));
      b.append(Svg.text(s.map(t), height - 10, "middle", "tick", t == 0 ? "0" : Svg.signed(t, 1)));
    }
    for (int i = 0; i < actors.size(); i++) {
      ActorTotal a = actors.get(i);
      double y = TOP + i * ROW;
      double mid = y + ROW / 2.0;
      b.append("<g class=\"actor\">").append(Svg.title(tooltip(a)));
      b.append(Svg.text(LABEL_RIGHT, mid + 4, "end", "label", a.shortLabel(LABEL_CHARS)));
      b.append("<rect class=\"bar mentions\" x=\"").append(Svg.n(BAR_LEFT)).append("\" y=\"").append(Svg.n(y + 4))
          .append("\" width=\"").append(Svg.n(x.map(a.mentions()) - BAR_LEFT)).append("\" height=\"")
          .append(ROW - 8).append("\"/>");
      b.append(Svg.text(x.map(a.mentions()) + 4, mid + 4, "start", "value", count(a.mentions())));
      if (a.sentimentMean() == null) {
        b.append(Svg.text(s.map(0), mid + 4, "middle", "muted", "not scored"));
      } else {
        double v = a.sentimentMean();
        double x0 = Math.min(s.map(0), s.map(v));
        double w = Math.max(1, Math.abs(s.map(v) - s.map(0)));
        b.append("<rect class=\"bar sentiment ").append(v >= 0 ? "positive" : "negative").append("\" x=\"")
            .append(Svg.n(x0)).append("\" y=\"").append(Svg.n(y + 4)).append("\" width=\"").append(Svg.n(w))
            .append("\" height=\"").append(ROW - 8).append("\"/>");
        // The value sits outside the bar's far end, on the side away from zero.
        double tx = v >= 0 ? s.map(v) + 4 : s.map(v) - 4;
        b.append(Svg.text(tx, mid + 4, v >= 0 ? "start" : "end", "value", Svg.signed(v, 2)));
      }
      b.append("</g>");
    }
    return b.append("</svg>").toString();
  }

  private static String tooltip(ActorTotal a) {
    return a.label() + " [" + a.type() + "]: " + a.mentions() + " mentions in " + a.articles() + " articles"
        + (a.sentimentMean() == null ? "" : ", mean sentiment " + Svg.signed(a.sentimentMean(), 3));
  }

  static String count(double x) {
    return String.format(Locale.ROOT, "%,d", Math.round(x));
  }
}
