package org.actorpulse.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.config.SparkConfFactory;
import org.actorpulse.report.ReportJob;
import org.actorpulse.stats.DivergenceTest;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes the analysts' one-page HTML report of an output folder, beside its tables. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write DIR/report.html: top actors, mentions and sentiment over time, who appears with whom, "
        + "and the latest run. One self-contained file (no network needed to view it).")
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder of a run.")
  String output;

  @Option(names = "--top", defaultValue = "" + ReportJob.DEFAULT_TOP, paramLabel = "N",
      description = "Actors to show (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Option(names = "--conf", paramLabel = "FILE",
      description = "Configuration file layered over conf/actorpulse.conf (for the divergence test).")
  Path conf;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top " + top + ": expected at least 1, e.g. --top 10");
    }
    DivergenceTest divergence = SettingsLoader.load(conf).divergenceTest();
    SparkSession spark = SparkSession.builder()
        .config(SparkConfFactory.create("actorpulse report", master, Map.of())).getOrCreate();
    try {
      System.out.println("report written to " + ReportJob.run(spark, output, top, divergence));
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}
