package org.actorpulse.cli;

import java.util.EnumSet;
import org.actorpulse.job.JobRunner;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run ingest, analyze and aggregate.")
final class RunCommand extends InputJobCommand {
  @Override
  EnumSet<JobRunner.Stage> stages() {
    return EnumSet.of(JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE, JobRunner.Stage.AGGREGATE);
  }
}
