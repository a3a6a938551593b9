package org.actorpulse.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The latest run of the output folder, from the {@code runs} table: what went in, what came out, how long. */
public final class RunSummaryPanel {
  /** The accounting's own order: inputs first, then where they went. */
  private static final List<String> ACCOUNTING_ORDER =
      List.of("input_records", "articles", "duplicates", "rejects", "outside_window", "skipped", "truncated",
          "analysis_failures");

  private RunSummaryPanel() {}

  public static String render(RunSummary run, long runsRecorded) {
    if (run == null) return NoData.panel("the runs table is missing or empty");
    StringBuilder b = new StringBuilder("<dl class=\"run\">");
    item(b, "run", run.runId() + " (" + run.command() + ", " + run.status() + ")");
    item(b, "started", seconds(run.startedAt()) + (run.finishedAt() == null ? "" : ", finished "
        + seconds(run.finishedAt())
        + String.format(Locale.ROOT, " (%.1f s)", (run.finishedAt().toEpochMilli()
            - run.startedAt().toEpochMilli()) / 1000.0)));
    item(b, "inputs", run.inputs().isEmpty() ? "(none: this run read earlier tables)"
        : String.join(", ", run.inputs()));
    item(b, "engine", run.engine() + ", sentiment scorer " + run.scorer());
    if (!run.stageSeconds().isEmpty()) {
      List<String> stages = new ArrayList<>();
      run.stageSeconds().forEach((k, v) -> stages.add(String.format(Locale.ROOT, "%s %.1f s", k, v)));
      item(b, "stages", String.join(", ", stages));
    }
    item(b, "accounting", accounting(run));
    if (run.message() != null) item(b, "message", run.message());
    item(b, "history", runsRecorded + (runsRecorded == 1 ? " run" : " runs") + " recorded in this output folder");
    b.append("</dl>");
    if (!run.rows().isEmpty()) {
      b.append("<table class=\"rows\"><thead><tr><th>table</th><th class=\"num\">rows after the run</th></tr>"
          + "</thead><tbody>");
      for (var e : new TreeMap<>(run.rows()).entrySet()) {
        b.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td class=\"num\">")
            .append(TopActorsChart.count(e.getValue())).append("</td></tr>");
      }
      b.append("</tbody></table>");
    }
    return b.toString();
  }

  private static String accounting(RunSummary run) {
    if (run.accounting().isEmpty()) return "(no ingest in this run)";
    Map<String, Long> ordered = new TreeMap<>(run.accounting());
    List<String> parts = new ArrayList<>();
    for (String k : ACCOUNTING_ORDER) {
      if (ordered.containsKey(k)) parts.add(k + " " + ordered.remove(k));
    }
    ordered.forEach((k, v) -> parts.add(k + " " + v));
    Boolean balances = run.accountingBalances();
    String check = balances == null ? ""
        : balances ? " · input_records = articles + duplicates + rejects + outside_window + skipped ✓"
        : " · input_records ≠ articles + duplicates + rejects + outside_window + skipped: records were lost or"
            + " counted twice";
    return String.join(", ", parts) + check;
  }

  private static String seconds(java.time.Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  private static void item(StringBuilder b, String term, String value) {
    b.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
  }
}
