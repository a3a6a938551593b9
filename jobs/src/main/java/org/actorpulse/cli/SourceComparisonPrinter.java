package org.actorpulse.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.actorpulse.report.Html;
import org.actorpulse.report.TablesToSourceComparison;
import org.actorpulse.stats.Interval;
import org.actorpulse.stats.SourceComparison;

/** The text table of {@code compare-sources}: per actor, its sources with coverage and tone. */
final class SourceComparisonPrinter {
  private SourceComparisonPrinter() {}

  /**
   * @param limit  sources shown per actor
   * @param period the date the user asked about, or null for all periods
   */
  static void print(PrintStream out, TablesToSourceComparison.Cells cells, Map<String, List<SourceComparison.Line>> lines,
                    int limit, LocalDate period) {
    if (cells.first() == null) {
      out.println("no source_actor rows for granularity " + cells.granularity().label()
          + (period == null ? "" : " and the period of " + period));
      return;
    }
    String span = cells.first().equals(cells.last()) ? cells.granularity().label() + " of " + cells.first()
        : cells.granularity().label() + "s " + cells.first() + " to " + cells.last() + ", merged";
    for (String actor : cells.actors()) {
      List<SourceComparison.Line> rows = lines.getOrDefault(actor, List.of());
      out.printf(Locale.ROOT, "%s  %s  (%s; %d sources)%n", actor, cells.names().get(actor), span, rows.size());
      if (rows.isEmpty()) {
        out.println("  no mentions");
        out.println();
        continue;
      }
      out.printf(Locale.ROOT, "  %-28s %8s %8s %7s %8s %17s %6s %8s%n", "source", "mentions", "articles", "share",
          "tone", "95% interval", "n", "vs rest");
      for (SourceComparison.Line l : rows.subList(0, Math.min(limit, rows.size()))) {
        Interval ci = l.tone().interval95();
        out.printf(Locale.ROOT, "%s %-28s %8d %8d %6.1f%% %8s %17s %6d %8s%n", l.divergent() ? "*" : " ",
            Html.cut(l.source(), 28), l.mentions(), l.articles(), 100 * l.shareOfVoice(),
            l.tone().n() == 0 ? "-" : String.format(Locale.ROOT, "%+.3f", l.tone().mean()),
            ci == null ? "-" : String.format(Locale.ROOT, "[%+.2f, %+.2f]", ci.low(), ci.high()), l.tone().n(),
            Double.isNaN(l.delta()) ? "-" : String.format(Locale.ROOT, "%+.3f", l.delta()));
      }
      if (rows.size() > limit) out.printf(Locale.ROOT, "  ... %d more sources (--limit)%n", rows.size() - limit);
      out.println();
    }
    out.println("* divergent: tone differs from all other sources pooled by more than the noise "
        + "(Welch z-test; README \"Comparing sources\"); share: of the source's mentions of top-level actors.");
  }
}
