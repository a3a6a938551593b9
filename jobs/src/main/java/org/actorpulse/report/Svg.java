package org.actorpulse.report;

import java.util.Locale;

/** Small helpers to write SVG by hand: coordinates with one decimal, text always escaped. */
final class Svg {
  private Svg() {}

  /** A coordinate or length: one decimal, a dot as separator whatever the default locale. */
  static String n(double x) {
    if (!Double.isFinite(x)) throw new IllegalArgumentException("not a finite coordinate: " + x);
    String s = String.format(Locale.ROOT, "%.1f", x);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  static String open(int width, int height, String cssClass, String label) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"" + cssClass + "\" width=\"" + width + "\" height=\""
        + height + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\"" + Html.escape(label)
        + "\">";
  }

  static String text(double x, double y, String anchor, String cssClass, String content) {
    return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass + "\">"
        + Html.escape(content) + "</text>";
  }

  static String line(double x1, double y1, double x2, double y2, String cssClass) {
    return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" class=\""
        + cssClass + "\"/>";
  }

  /** A tooltip for the enclosing element. */
  static String title(String content) {
    return "<title>" + Html.escape(content) + "</title>";
  }

  static String signed(double x, int decimals) {
    return String.format(Locale.ROOT, "%+." + decimals + "f", x).replace('-', '\u2212');
  }
}
