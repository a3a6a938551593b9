package org.actorpulse.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentiment toward each top actor over time, one small chart per actor on shared axes (same periods, fixed
 * [-1, 1]), so panels compare: the mean per period as a line, its 95% interval as a band (absent below two
 * scored mentions, where there is no interval), and periods flagged as a shift shaded red.
 */
public final class SentimentOverTimeChart {
  static final int WIDTH = 456;
  static final int HEIGHT = 210;
  private static final int LEFT = 44;
  private static final int RIGHT = 440;
  private static final int TOP = 30;
  private static final int BOTTOM = 180;
  private static final int TITLE_CHARS = 32;

  private SentimentOverTimeChart() {}

  /** @param granularity {@code day}, {@code week} or {@code month}: how wide a shaded shift period is */
  public static String render(List<SentimentTrack> tracks, String granularity) {
    LocalDate first = null;
    LocalDate last = null;
    for (SentimentTrack t : tracks) {
      for (SentimentPoint p : t.points()) {
        if (first == null || p.periodStart().isBefore(first)) first = p.periodStart();
        if (last == null || p.periodStart().isAfter(last)) last = p.periodStart();
      }
    }
    if (first == null) return NoData.panel("no scored mentions (actor_sentiment is empty)");
    StringBuilder b = new StringBuilder("<div class=\"panels\">");
    for (int i = 0; i < tracks.size(); i++) {
      if (!tracks.get(i).points().isEmpty()) b.append(panel(tracks.get(i), first, last, granularity));
    }
    return b.append("</div>").toString();
  }

  private static String panel(SentimentTrack track, LocalDate first, LocalDate last, String granularity) {
    DateScale x = new DateScale(first, last, LEFT + 8, RIGHT - 8);
    LinearScale y = new LinearScale(-1, 1, BOTTOM, TOP);
    long n = track.points().stream().mapToLong(SentimentPoint::n).sum();
    StringBuilder b = new StringBuilder();
    b.append(Svg.open(WIDTH, HEIGHT, "chart sentiment", "Sentiment toward " + track.actor().label() + " by "
        + granularity));
    b.append(Svg.text(LEFT, 16, "start", "head", track.actor().shortLabel(TITLE_CHARS)));
    b.append(Svg.text(RIGHT, 16, "end", "muted", String.format(Locale.ROOT, "n=%d · %d shift%s", n,
        track.shifts(), track.shifts() == 1 ? "" : "s")));
    double periodWidth = Math.max(6, x.dayWidth() * periodDays(granularity));
    for (SentimentPoint p : track.points()) {
      if (!p.shift()) continue;
      b.append("<rect class=\"shift\" x=\"").append(Svg.n(x.map(p.periodStart()) - periodWidth / 2))
          .append("\" y=\"").append(TOP).append("\" width=\"").append(Svg.n(periodWidth)).append("\" height=\"")
          .append(BOTTOM - TOP).append("\">").append(Svg.title("shift in the " + granularity + " of "
              + p.periodStart() + ": " + Svg.signed(p.mean(), 2))).append("</rect>");
      b.append(Svg.text(x.map(p.periodStart()), TOP - 3, "middle", "shift-label", "shift"));
    }
    for (double t : List.of(-1.0, -0.5, 0.0, 0.5, 1.0)) {
      b.append(Svg.line(LEFT, y.map(t), RIGHT, y.map(t), t == 0 ? "zero" : "grid"));
      b.append(Svg.text(LEFT - 6, y.map(t) + 4, "end", "tick", t == 0 ? "0" : Svg.signed(t, 1)));
    }
    List<LocalDate> ticks = x.ticks(6);
    for (LocalDate t : ticks) {
      b.append(Svg.line(x.map(t), BOTTOM, x.map(t), BOTTOM + 4, "axis"));
      b.append(Svg.text(x.map(t), BOTTOM + 18, "middle", "tick", DateScale.label(t, ticks)));
    }
    for (List<SentimentPoint> run : runsWithInterval(track.points())) {
      if (run.size() == 1) {
        SentimentPoint p = run.get(0);
        b.append("<line class=\"interval\" x1=\"").append(Svg.n(x.map(p.periodStart()))).append("\" x2=\"")
            .append(Svg.n(x.map(p.periodStart()))).append("\" y1=\"").append(Svg.n(y.map(p.ciLow())))
            .append("\" y2=\"").append(Svg.n(y.map(p.ciHigh()))).append("\"/>");
        continue;
      }
      StringBuilder pts = new StringBuilder();
      for (SentimentPoint p : run) pts.append(Svg.n(x.map(p.periodStart()))).append(',')
          .append(Svg.n(y.map(p.ciHigh()))).append(' ');
      for (int k = run.size() - 1; k >= 0; k--) {
        SentimentPoint p = run.get(k);
        pts.append(Svg.n(x.map(p.periodStart()))).append(',').append(Svg.n(y.map(p.ciLow())));
        if (k > 0) pts.append(' ');
      }
      b.append("<polygon class=\"band\" points=\"").append(pts).append("\"/>");
    }
    if (track.points().size() > 1) {
      StringBuilder pts = new StringBuilder();
      for (SentimentPoint p : track.points()) {
        if (pts.length() > 0) pts.append(' ');
        pts.append(Svg.n(x.map(p.periodStart()))).append(',').append(Svg.n(y.map(p.mean())));
      }
      b.append("<polyline class=\"mean\" fill=\"none\" points=\"").append(pts).append("\"/>");
    }
    for (SentimentPoint p : track.points()) {
      b.append("<circle class=\"").append(p.shift() ? "point shifted" : "point").append("\" r=\"")
          .append(p.shift() ? 4.5 : 3).append("\" cx=\"").append(Svg.n(x.map(p.periodStart()))).append("\" cy=\"")
          .append(Svg.n(y.map(p.mean()))).append("\">").append(Svg.title(pointTooltip(p, granularity)))
          .append("</circle>");
    }
    return b.append("</svg>").toString();
  }

  /** Consecutive points that all have an interval: each becomes one band, so a gap shows where n < 2. */
  static List<List<SentimentPoint>> runsWithInterval(List<SentimentPoint> points) {
    List<List<SentimentPoint>> runs = new ArrayList<>();
    List<SentimentPoint> current = new ArrayList<>();
    for (SentimentPoint p : points) {
      if (p.hasInterval()) {
        current.add(p);
      } else if (!current.isEmpty()) {
        runs.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) runs.add(current);
    return runs;
  }

  private static String pointTooltip(SentimentPoint p, String granularity) {
    String s = granularity + " of " + p.periodStart() + ": mean " + Svg.signed(p.mean(), 2) + ", n=" + p.n();
    if (p.hasInterval()) {
      s += ", 95% interval [" + Svg.signed(p.ciLow(), 2) + ", " + Svg.signed(p.ciHigh(), 2) + "]";
    }
    return p.shift() ? s + ", shift" : s;
  }

  private static int periodDays(String granularity) {
    return switch (granularity) {
      case "week" -> 7;
      case "month" -> 30;
      default -> 1;
    };
  }
}
