package org.actorpulse.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.actorpulse.config.Settings;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.config.SparkConfFactory;
import org.actorpulse.output.TableWriter;
import org.actorpulse.report.TablesToSourceComparison;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.SourceComparison;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Prints, per actor, how the sources cover it and with what tone, divergent sources marked. */
@Command(name = "compare-sources", mixinStandardHelpOptions = true,
    description = {"Compare sources: for an actor (or the most mentioned ones), each source's mentions, share of "
        + "voice and tone, over all periods of a granularity or one period. Sources whose tone differs from all "
        + "other sources pooled by more than the noise are marked with *."})
final class CompareSourcesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder of a run.")
  String output;

  @Option(names = "--actor", paramLabel = "ID", description = "Actor id, e.g. RUS; repeatable (default: the most "
      + "mentioned actors).")
  List<String> actors = new ArrayList<>();

  @Option(names = "--granularity", defaultValue = "month", paramLabel = "G",
      description = "day, week or month (default: ${DEFAULT-VALUE}).")
  String granularity;

  @Option(names = "--period", paramLabel = "DATE", converter = CommonOptions.DateConverter.class,
      description = "Only the period holding this date (default: all periods merged).")
  LocalDate period;

  @Option(names = "--top", defaultValue = "5", paramLabel = "N",
      description = "Actors to show without --actor (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--limit", defaultValue = "15", paramLabel = "N",
      description = "Sources per actor, most mentioning first (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--conf", paramLabel = "FILE",
      description = "Configuration file layered over conf/actorpulse.conf (for the divergence test).")
  Path conf;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() {
    Granularity g;
    try {
      g = Granularity.parse(granularity);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--granularity " + e.getMessage());
    }
    if (top < 1 || limit < 1) {
      throw new ParameterException(spec.commandLine(), "--top and --limit: expected at least 1, e.g. --top 5");
    }
    Settings settings = SettingsLoader.load(conf);
    SparkSession spark = SparkSession.builder()
        .config(SparkConfFactory.create("actorpulse compare-sources", master, Map.of())).getOrCreate();
    try {
      TablesToSourceComparison.Cells cells = TablesToSourceComparison.read(TableWriter.forReading(spark, output), g,
          period, actors, top);
      SourceComparisonPrinter.print(System.out, cells, SourceComparison.compare(cells.cells(),
          cells.topLevelBySource(), settings.divergenceTest()), limit, period);
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}
