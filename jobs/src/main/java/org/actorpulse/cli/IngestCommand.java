package org.actorpulse.cli;

import java.util.EnumSet;
import java.util.List;
import org.actorpulse.job.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Read inputs into the articles and rejects tables.")
final class IngestCommand extends JobCommand {
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
    return EnumSet.of(JobRunner.Stage.INGEST);
  }
}
