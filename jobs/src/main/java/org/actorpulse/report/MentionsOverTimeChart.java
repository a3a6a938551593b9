package org.actorpulse.report;

import java.time.LocalDate;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * Mentions per day of the top actors, one line each, over every day from the first to the last date seen: a day
 * without mentions of an actor is drawn as 0 (that is what it was), not skipped, so gaps do not hide drops.
 */
public final class MentionsOverTimeChart {
  static final int WIDTH = 940;
  static final int HEIGHT = 320;
  private static final int LEFT = 56;
  private static final int RIGHT = 670;
  private static final int TOP = 24;
  private static final int BOTTOM = 280;
  private static final int LEGEND_X = 690;
  private static final int LEGEND_CHARS = 24;
  /** Beyond this many days, dots on every day would merge into the lines. */
  private static final int MAX_DAYS_WITH_DOTS = 62;

  private MentionsOverTimeChart() {}

  public static String render(List<MentionSeries> series) {
    LocalDate first = null;
    LocalDate last = null;
    long max = 0;
    for (MentionSeries s : series) {
      for (DayCount d : s.days()) {
        if (first == null || d.date().isBefore(first)) first = d.date();
        if (last == null || d.date().isAfter(last)) last = d.date();
        max = Math.max(max, d.mentions());
      }
    }
    if (first == null) return NoData.panel("no mentions per day (actor_daily is empty)");
    DateScale x = new DateScale(first, last, LEFT, RIGHT);
    LinearScale y = LinearScale.fromZero(max, BOTTOM, TOP, 5);
    StringBuilder b = new StringBuilder();
    b.append(Svg.open(WIDTH, HEIGHT, "chart mentions-over-time", "Mentions per day of the top actors"));
    b.append(Svg.text(8, 12, "start", "head", "mentions per day"));
    for (double t : y.ticks(5)) {
      b.append(Svg.line(LEFT, y.map(t), RIGHT, y.map(t), t == 0 ? "axis" : "grid"));
      b.append(Svg.text(LEFT - 6, y.map(t) + 4, "end", "tick", TopActorsChart.count(t)));
    }
    List<LocalDate> ticks = x.ticks((RIGHT - LEFT) / 64);
    for (LocalDate t : ticks) {
      b.append(Svg.line(x.map(t), BOTTOM, x.map(t), BOTTOM + 5, "axis"));
      b.append(Svg.text(x.map(t), BOTTOM + 20, "middle", "tick", DateScale.label(t, ticks)));
    }
        long days = last.toEpochDay() - first.toEpochDay() + 1;
    for (int i = 0; i < series.size(); i++) {
      MentionSeries s = series.get(i);
      Map<LocalDate, Long> byDay = new TreeMap<>();
      for (DayCount d : s.days()) byDay.merge(d.date(), d.mentions(), Long::sum);
      String colour = Palette.series(i);
      b.append("<g class=\"series\" data-actor=\"").append(Html.escape(s.actor().actorId())).append("\">");
      b.append(Svg.title(s.actor().label() + ": " + s.actor().mentions() + " mentions"));
      StringBuilder points = new StringBuilder();
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        if (points.length() > 0) points.append(' ');
        points.append(Svg.n(x.map(d))).append(',').append(Svg.n(y.map(byDay.getOrDefault(d, 0L))));
      }
      b.append("<polyline class=\"line\" fill=\"none\" stroke=\"").append(colour).append("\" points=\"")
          .append(points).append("\"/>");
      if (days <= MAX_DAYS_WITH_DOTS) {
        for (var e : byDay.entrySet()) {
          b.append("<circle class=\"dot\" r=\"3\" fill=\"").append(colour).append("\" cx=\"")
              .append(Svg.n(x.map(e.getKey()))).append("\" cy=\"").append(Svg.n(y.map(e.getValue())))
              .append("\">").append(Svg.title(s.actor().label() + ", " + e.getKey() + ": " + e.getValue()))
              .append("</circle>");
        }
      }
      double ly = TOP + 8 + i * 22;
      b.append("<rect class=\"swatch\" x=\"").append(LEGEND_X).append("\" y=\"").append(Svg.n(ly - 9))
          .append("\" width=\"14\" height=\"4\" fill=\"").append(colour).append("\"/>");
      b.append(Svg.text(LEGEND_X + 20, ly - 3, "start", "legend",
          s.actor().shortLabel(LEGEND_CHARS) + " · " + s.actor().mentions()));
      b.append("</g>");
    }
    return b.append("</svg>").toString();
  }
}
