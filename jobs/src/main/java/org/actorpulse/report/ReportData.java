package org.actorpulse.report;

import java.util.List;

/**
 * Everything the report shows, already cut down to the top actors: small enough to hold on the driver.
 *
 * @param output          the output folder the tables were read from
 * @param topActors       most mentioned actors first
 * @param mentions        daily mentions of (some of) the top actors, in the same order
 * @param granularity     granularity of the sentiment tracks: {@code day}, {@code week} or {@code month}
 * @param sentiment       sentiment series of the top actors that have scored mentions, in the same order
 * @param pairs           pairs among the top actors
 * @param latestRun       the most recent row of {@code runs}; null when the table is missing or empty
 * @param runsRecorded    rows in {@code runs}
 * @param missingTables   tables the output folder does not have (their panels say so)
 * @param sourceTones     the sources' tone toward the top actors
 */
public record ReportData(String output, List<ActorTotal> topActors, List<MentionSeries> mentions,
                         String granularity, List<SentimentTrack> sentiment, List<PairLink> pairs,
                         RunSummary latestRun, long runsRecorded, List<String> missingTables,
                         SourceTones sourceTones) {
  public ReportData {
    topActors = List.copyOf(topActors);
    mentions = List.copyOf(mentions);
    sentiment = List.copyOf(sentiment);
    pairs = List.copyOf(pairs);
    missingTables = List.copyOf(missingTables);
    java.util.Objects.requireNonNull(sourceTones, "sourceTones");
  }
}
