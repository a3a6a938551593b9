package org.actorpulse.output;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run did, for the {@code runs} manifest and the closing summary. Mutable while the run goes on;
 * filled by the runner on the driver only.
 */
public final class RunRecord {
  public final String runId;
  public final String command;
  public final Instant startedAt;
  public final List<String> inputs;
  public final String output;
  public final List<String> confFiles;
  public final String engine;
  public final String scorer;
  public final String configHash;
  public final Map<String, Long> rows = new LinkedHashMap<>();
  public final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  public final Map<String, Long> accounting = new LinkedHashMap<>();
  /**
   * Seconds summed over Spark tasks (not wall time), for what a stage's time went on: {@code analyze.engine} and
   * {@code analyze.scoring}. Logged and read by the benchmark; not written to {@code runs}.
   */
  public final Map<String, Double> taskSeconds = new LinkedHashMap<>();
  public Instant finishedAt;
  public String status = "running";
  public String message;

  public RunRecord(String runId, String command, Instant startedAt, List<String> inputs, String output,
                   List<String> confFiles, String engine, String scorer, String configHash) {
    this.runId = runId;
    this.command = command;
    this.startedAt = startedAt;
    this.inputs = List.copyOf(inputs);
    this.output = output;
    this.confFiles = List.copyOf(confFiles);
    this.engine = engine;
    this.scorer = scorer;
    this.configHash = configHash;
  }
}
