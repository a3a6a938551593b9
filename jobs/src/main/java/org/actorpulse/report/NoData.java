package org.actorpulse.report;

/** The panel shown instead of a chart when there is nothing to draw, saying why. */
final class NoData {
  private NoData() {}

  static String panel(String why) {
    return "<div class=\"nodata\">No data: " + Html.escape(why) + "</div>";
  }
}
