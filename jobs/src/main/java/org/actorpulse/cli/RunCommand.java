package org.actorpulse.cli;

import java.util.EnumSet;
import java.util.List;
import org.actorpulse.job.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run ingest, analyze and aggregate.")
final class RunCommand extends JobCommand {
  @Mixin
  CommonOptions.Inputs in;

  @Override
  List<String> inputs() {
    return in.paths;
  }

  @Override
  boolean signalRejects() {
    return in.signalRejects;
  }

  @Override
  EnumSet<JobRunner.Stage> stages() {
    return EnumSet.of(JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE, JobRunner.Stage.AGGREGATE);
  }
}
