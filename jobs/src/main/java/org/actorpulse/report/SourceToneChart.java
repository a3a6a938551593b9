package org.actorpulse.report;

import java.util.Locale;
import org.actorpulse.stats.SourceComparison;

/**
 * A grid of sources (rows) by top actors (columns): each cell is the source's mean tone toward the actor over its
 * articles, coloured on a fixed [-1, 1] scale (blue positive, orange negative, paler near zero), with the number
 * of scored articles; cells whose tone differs from the other sources' by more than the noise get a red frame.
 */
public final class SourceToneChart {
  static final int WIDTH = 940;
  private static final int LABEL_RIGHT = 200;
  private static final int GRID_LEFT = 210;
  private static final int TOP = 52;
  private static final int ROW = 30;
  static final int LABEL_CHARS = 26;

  private SourceToneChart() {}

  public static String render(SourceTones tones) {
    if (tones.sources().size() < 2) {
      return NoData.panel(tones.sources().isEmpty() ? "no source mentions the top actors"
          : "one source only (" + tones.sources().get(0) + "): nothing to compare it with");
    }
    int columns = tones.actors().size();
    double cell = Math.min(120, (WIDTH - GRID_LEFT - 10) / (double) columns);
    int height = TOP + ROW * tones.sources().size() + 34;
    StringBuilder b = new StringBuilder();
    b.append(Svg.open(WIDTH, height, "chart source-tone", "Tone of each source toward the top actors"));
    for (int c = 0; c < columns; c++) {
      ActorTotal a = tones.actors().get(c);
      double x = GRID_LEFT + c * cell + cell / 2;
      b.append("<g class=\"column\">").append(Svg.title(a.label()))
          .append(Svg.text(x, TOP - 12, "middle", "head", header(a, (int) (cell / 8.5)))).append("</g>");
    }
    for (int r = 0; r < tones.sources().size(); r++) {
      String source = tones.sources().get(r);
      double y = TOP + r * ROW;
      b.append(Svg.text(LABEL_RIGHT, y + ROW / 2.0 + 4, "end", "label", Html.cut(source, LABEL_CHARS)));
      for (int c = 0; c < columns; c++) {
        String actor = tones.actors().get(c).actorId();
        b.append(cell(tones.line(actor, source), tones.actors().get(c), GRID_LEFT + c * cell, y, cell));
      }
    }
    b.append(Svg.text(GRID_LEFT, height - 10, "start", "muted", "cell: mean tone over the source's articles "
        + "(n = scored articles); red frame: divergent from the other sources"));
    return b.append("</svg>").toString();
  }

  private static String cell(SourceComparison.Line line, ActorTotal actor, double x, double y, double w) {
    StringBuilder b = new StringBuilder("<g class=\"cell");
    if (line == null || line.tone().n() == 0) {
      b.append(" empty\">");
      b.append(rect(x, y, w, "#f7fafc", null));
      b.append(Svg.text(x + w / 2, y + ROW / 2.0 + 4, "middle", "muted", line == null ? "" : "not scored"));
      return b.append("</g>").toString();
    }
    double mean = line.tone().mean();
    if (line.divergent()) b.append(" divergent");
    b.append("\">").append(Svg.title(tooltip(line, actor)));
    b.append(rect(x, y, w, colour(mean), line.divergent() ? Palette.SHIFT : null));
    String label = Svg.signed(mean, 2) + "  n=" + line.tone().n() + (line.divergent() ? " *" : "");
    b.append(Svg.text(x + w / 2, y + ROW / 2.0 + 4, "middle", Math.abs(mean) > 0.55 ? "value inverse" : "value",
        label));
    return b.append("</g>").toString();
  }

  private static String rect(double x, double y, double w, String fill, String frame) {
    return "<rect x=\"" + Svg.n(x + 1) + "\" y=\"" + Svg.n(y + 1) + "\" width=\"" + Svg.n(w - 2) + "\" height=\""
        + (ROW - 2) + "\" fill=\"" + fill + "\"" + (frame == null ? "" : " stroke=\"" + frame + "\" stroke-width=\"3\"")
        + "/>";
  }

  /** The sign's colour, blended toward white by how close the tone is to zero. */
  static String colour(double mean) {
    String base = mean >= 0 ? Palette.POSITIVE : Palette.NEGATIVE;
    double t = Math.min(1, Math.abs(mean));
    int r = blend(Integer.parseInt(base.substring(1, 3), 16), t);
    int g = blend(Integer.parseInt(base.substring(3, 5), 16), t);
    int bl = blend(Integer.parseInt(base.substring(5, 7), 16), t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, bl);
  }

  private static int blend(int channel, double t) {
    return (int) Math.round(255 + (channel - 255) * (0.12 + 0.88 * t));
  }

  private static String tooltip(SourceComparison.Line l, ActorTotal actor) {
    String others = l.others().n() == 0 ? "no other source scored"
        : "other sources " + Svg.signed(l.others().mean(), 3) + " over " + l.others().n() + " articles";
    return l.source() + " on " + actor.label() + ": " + l.mentions() + " mentions in " + l.articles()
        + " articles, share of voice " + String.format(Locale.ROOT, "%.1f%%", 100 * l.shareOfVoice())
        + "; tone " + Svg.signed(l.tone().mean(), 3) + " over " + l.tone().n() + " articles (" + others + ")"
        + (l.divergent() ? "; divergent" : "");
  }

  /** The actor's label when it fits the column, else its id (the tooltip has the name). */
  static String header(ActorTotal a, int maxChars) {
    return a.label().length() <= maxChars ? a.label() : a.actorId();
  }

}
