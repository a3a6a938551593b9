package org.actorpulse.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The whole report as one self-contained HTML page: inline CSS and SVG, no script, no font, image or link to
 * fetch, so it opens from a file, a mail attachment or an air-gapped machine. The page is also well-formed XML
 * (every string escaped, every element closed), which lets the tests read it with a standard parser.
 */
public final class ReportPage {
  /** More lines than this in one chart become a tangle; the sentiment panels show every top actor. */
  static final int MENTION_LINES = 8;

  private static final String CSS = """
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
             color: #1a202c; background: #fff; margin: 24px auto; max-width: 960px; padding: 0 12px; }
      h1 { font-size: 24px; margin: 0 0 4px; }
      h2 { font-size: 18px; margin: 32px 0 4px; border-bottom: 1px solid #e2e8f0; padding-bottom: 4px; }
      p.lead, p.muted, .muted { color: #4a5568; }
      p.muted { font-size: 13px; }
      p.lead { margin: 0 0 12px; font-size: 14px; }
      nav a { margin-right: 14px; font-size: 14px; color: #2b6cb0; }
      .note { background: #fffaf0; border: 1px solid #fbd38d; padding: 8px 12px; font-size: 14px; }
      .nodata { border: 1px dashed #a0aec0; background: #f7fafc; color: #4a5568; padding: 24px; margin: 8px 0;
                text-align: center; font-size: 15px; }
      svg.chart { display: block; margin: 8px 0; font-size: 12px; }
      .panels { display: flex; flex-wrap: wrap; gap: 4px 20px; }
      .panels svg.chart { margin: 4px 0; }
      text.head { font-weight: 600; fill: #1a202c; font-size: 13px; }
      text.tick { fill: #4a5568; font-size: 11px; }
      text.label { fill: #1a202c; }
      text.value { fill: #2d3748; font-size: 11px; }
      text.muted { fill: #718096; font-size: 11px; }
      text.legend { fill: #1a202c; }
      text.shift-label { fill: #c53030; font-size: 10px; font-weight: 600; }
      line.grid { stroke: #e2e8f0; }
      line.axis { stroke: #4a5568; }
      line.zero { stroke: #718096; stroke-dasharray: 3 3; }
      rect.bar.mentions { fill: #4e79a7; }
      rect.bar.positive { fill: #2b6cb0; }
      rect.bar.negative { fill: #dd6b20; }
      text.value.inverse { fill: #fff; }
      polyline.line { stroke-width: 2; }
      polygon.band { fill: #4e79a7; fill-opacity: 0.2; stroke: none; }
      line.interval { stroke: #4e79a7; stroke-opacity: 0.45; stroke-width: 4; }
      polyline.mean { stroke: #2c5282; stroke-width: 1.5; }
      circle.point { fill: #2c5282; }
      circle.point.shifted { fill: #c53030; stroke: #fff; stroke-width: 1.5; }
      rect.shift { fill: #c53030; fill-opacity: 0.13; }
      line.edge { stroke: #2c5282; stroke-linecap: round; }
      g.node circle { stroke: #fff; stroke-width: 1.5; }
      table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
      th, td { padding: 3px 12px 3px 0; text-align: left; border-bottom: 1px solid #edf2f7; }
      th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
      dl.run { display: grid; grid-template-columns: 110px 1fr; gap: 4px 12px; font-size: 14px; margin: 8px 0; }
      dl.run dt { color: #4a5568; }
      dl.run dd { margin: 0; overflow-wrap: anywhere; }
      footer { margin-top: 40px; color: #718096; font-size: 12px; }
      """;

  private ReportPage() {}

  public static String render(ReportData data, Instant generatedAt) {
    StringBuilder b = new StringBuilder(64 * 1024);
    b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">")
        .append("<head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>actorpulse report: ").append(Html.escape(data.output())).append("</title>")
        .append("<style>").append(CSS).append("</style></head><body>");
    b.append("<h1>actorpulse report</h1><p class=\"lead\">Output folder <code>").append(Html.escape(data.output()))
        .append("</code>, generated ").append(Html.escape(generatedAt.truncatedTo(ChronoUnit.SECONDS).toString()))
        .append(".</p>");
    b.append("<nav><a href=\"#top-actors\">Top actors</a><a href=\"#mentions\">Mentions over time</a>")
        .append("<a href=\"#sentiment\">Sentiment over time</a><a href=\"#sources\">Sources</a>")
        .append("<a href=\"#network\">Who appears with whom</a>")
        .append("<a href=\"#run\">Run</a></nav>");
    if (!data.missingTables().isEmpty()) {
      b.append("<p class=\"note\">This output folder has no ")
          .append(Html.escape(String.join(", ", data.missingTables())))
          .append(" table: the panels that need it say so. Run the stage that writes it (or <code>run</code>).</p>");
    }

    section(b, "top-actors", "Top actors", "The " + data.topActors().size() + " most mentioned actors, all dates. "
        + "A sub-actor's mentions also count for its parents (the army counts for its country). Sentiment is the "
        + "mean over the actor's scored mentions, from −1 (negative) to +1 (positive).");
    b.append(missing(data, "actor_daily") ? notFound("actor_daily") : TopActorsChart.render(data.topActors()));

    List<MentionSeries> lines = data.mentions().subList(0, Math.min(MENTION_LINES, data.mentions().size()));
    section(b, "mentions", "Mentions over time", "Mentions per day of the " + lines.size()
        + " most mentioned actors; hover a point for its count.");
    b.append(missing(data, "actor_daily") ? notFound("actor_daily") : MentionsOverTimeChart.render(lines));

    section(b, "sentiment", "Sentiment over time", "Mean sentiment toward each top actor per "
        + data.granularity() + ", with its 95% interval (Student's t; none below two scored mentions). "
        + "Red bands mark shifts: the mean moved from the previous period by at least the configured minimum and "
        + "beyond Welch's z threshold, both periods having enough scored mentions.");
    b.append(missing(data, "actor_sentiment") ? notFound("actor_sentiment")
        : SentimentOverTimeChart.render(data.sentiment(), data.granularity()));

    section(b, "sources", "Tone by source", "Each source's mean tone toward the top actors over all dates, "
        + "per article (an article counts once, with its mean score toward the actor), for the "
        + data.sourceTones().sources().size() + " sources that name them most. A red frame marks a source whose tone "
        + "differs from all the other sources' by more than the noise (Welch's z-test, docs/tables.md).");
    b.append(missing(data, "source_actor") ? notFound("source_actor") : SourceToneChart.render(data.sourceTones()));

    section(b, "network", "Who appears with whom", "Pairs of top actors named in the same article, over all "
        + "dates. NPMI is 0 for actors that meet as often as chance predicts and 1 for actors only ever named "
        + "together.");
    b.append(missing(data, "actor_pairs") ? notFound("actor_pairs")
        : NetworkChart.render(data.topActors(), data.pairs()));

    section(b, "run", "Run", "The latest run recorded in this output folder.");
    b.append(RunSummaryPanel.render(data.latestRun(), data.runsRecorded()));

    b.append("<footer>Written by actorpulse report. The tables behind it and how each figure is computed: "
        + "docs/tables.md.</footer></body></html>\n");
    return b.toString();
  }

  /** A missing table is not an empty one: say which, rather than "nothing was mentioned". */
  private static boolean missing(ReportData data, String table) {
    return data.missingTables().contains(table);
  }

  private static String notFound(String table) {
    return NoData.panel("this output folder has no " + table + " table");
  }

  private static void section(StringBuilder b, String id, String title, String lead) {
    b.append("<h2 id=\"").append(id).append("\">").append(Html.escape(title)).append("</h2><p class=\"lead\">")
        .append(Html.escape(lead)).append("</p>");
  }
}
