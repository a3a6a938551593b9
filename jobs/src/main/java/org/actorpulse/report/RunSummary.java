package org.actorpulse.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row of the {@code runs} table, as the report shows it. Maps keep the table's order. */
public record RunSummary(String runId, String command, String status, Instant startedAt, Instant finishedAt,
                         List<String> inputs, String engine, String scorer, Map<String, Long> rows,
                         Map<String, Long> accounting, Map<String, Double> stageSeconds, String message) {
  public RunSummary {
    inputs = List.copyOf(inputs);
    rows = ordered(rows);
    accounting = ordered(accounting);
    stageSeconds = ordered(stageSeconds);
  }

  /**
   * Whether {@code input_records = articles + duplicates + rejects + outside_window + skipped} holds (the last
   * two are absent, so 0, in runs written before they were counted); null when the run did not ingest (the
   * accounting is then empty).
   */
  public Boolean accountingBalances() {
    Long in = accounting.get("input_records");
    if (in == null) return null;
    long parts = accounting.getOrDefault("articles", 0L) + accounting.getOrDefault("duplicates", 0L)
        + accounting.getOrDefault("rejects", 0L) + accounting.getOrDefault("outside_window", 0L)
        + accounting.getOrDefault("skipped", 0L);
    return in == parts;
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
