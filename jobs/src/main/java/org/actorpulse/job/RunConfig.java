package org.actorpulse.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.actorpulse.config.ConfigException;
import org.actorpulse.config.Settings;

/**
 * One run's immutable configuration, built by the CLI from flags and the configuration file.
 *
 * @param command the subcommand, e.g. {@code run}
 * @param inputs  input files, folders or globs (ingest only)
 * @param output  output folder (local path or a Hadoop URI such as {@code s3a://bucket/out})
 * @param master  Spark master from {@code --master}; null leaves it to spark-submit or the default
 * @param from    first date to process, inclusive; null for no bound
 * @param to      last date to process, inclusive; null for no bound
 * @param lockWaitSeconds how long to wait for another run on the same output before giving up
 */
public record RunConfig(String command, List<String> inputs, String output, String master, LocalDate from,
                        LocalDate to, Settings settings, String runId, long lockWaitSeconds) {
  /** A run that does not wait for the output's lock. */
  public RunConfig(String command, List<String> inputs, String output, String master, LocalDate from, LocalDate to,
                   Settings settings, String runId) {
    this(command, inputs, output, master, from, to, settings, runId, 0);
  }

  public RunConfig {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(runId, "runId");
    inputs = List.copyOf(inputs);
    if (from != null && to != null && from.isAfter(to)) {
      throw new ConfigException("--from " + from + " is after --to " + to);
    }
  }

  /** Whether an ISO date ({@code YYYY-MM-DD}) is within the window. */
  public boolean inWindow(String isoDate) {
    LocalDate d = LocalDate.parse(isoDate);
    return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
  }

  /** A SQL condition on {@code date} for the window, or null when unbounded. */
  public String dateCondition() {
    if (from == null && to == null) return null;
    if (from == null) return "date <= DATE'" + to + "'";
    if (to == null) return "date >= DATE'" + from + "'";
    return "date BETWEEN DATE'" + from + "' AND DATE'" + to + "'";
  }
}
