package org.actorpulse.cli;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.actorpulse.config.Settings;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.job.JobRunner;
import org.actorpulse.job.RunConfig;
import org.actorpulse.output.RunRecord;
import picocli.CommandLine.Mixin;

/** A command that runs pipeline stages: parse, build the run's config, hand it to the {@link JobRunner}. */
abstract class JobCommand implements Callable<Integer> {
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  @Mixin
  CommonOptions common;

  abstract EnumSet<JobRunner.Stage> stages();

  List<String> inputs() {
    return List.of();
  }

  boolean signalRejects() {
    return false;
  }

  /** Runs after a successful run, with the session still up: for commands that print from the tables. */
  void afterRun(org.apache.spark.sql.SparkSession spark, String output) {}

  @Override
  public Integer call() {
    Settings settings = SettingsLoader.load(common.conf);
    RunConfig config = new RunConfig(name(), inputs(), common.output, common.master, common.from, common.to,
        settings, newRunId(), common.waitLock);
    RunRecord record = new JobRunner(config, System.out).run(stages(), (spark, r) -> afterRun(spark, config.output()));
    if (!"succeeded".equals(record.status)) return ExitCodes.FAILURE;
    boolean rejected = record.accounting.getOrDefault("rejects", 0L) > 0
        || record.accounting.getOrDefault("analysis_failures", 0L) > 0;
    return signalRejects() && rejected ? ExitCodes.REJECTS : ExitCodes.OK;
  }

  private String name() {
    return getClass().getAnnotation(picocli.CommandLine.Command.class).name();
  }

  static String newRunId() {
    return RUN_ID.format(ZonedDateTime.now(ZoneOffset.UTC))
        + String.format("-%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
