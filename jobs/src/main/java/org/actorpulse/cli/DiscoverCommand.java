package org.actorpulse.cli;

import java.util.EnumSet;
import java.util.Locale;
import org.actorpulse.job.JobRunner;
import org.actorpulse.job.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "discover", mixinStandardHelpOptions = true,
    description = "Find frequent proper-name phrases that no alias covers (the candidates table), so the "
        + "dictionary can grow; prints the most frequent.")
final class DiscoverCommand extends JobCommand {
  @Option(names = "--limit", defaultValue = "20", description = "Candidates to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  EnumSet<JobRunner.Stage> stages() {
    return EnumSet.of(JobRunner.Stage.DISCOVER);
  }

  @Override
  void afterRun(org.apache.spark.sql.SparkSession spark, String output) {
    System.out.println(String.format(Locale.ROOT, "%-40s %11s %9s  %s", "phrase", "occurrences", "documents",
        "example"));
    for (var r : spark.read().parquet(output + "/" + Tables.CANDIDATES).limit(limit).collectAsList()) {
      String example = r.getString(4) == null ? "" : r.getString(4).replaceAll("\\s+", " ");
      System.out.println(String.format(Locale.ROOT, "%-40s %11d %9d  %s", r.getString(0), r.getLong(2),
          r.getLong(3), example.length() > 90 ? example.substring(0, 89) + "…" : example));
    }
  }
}
