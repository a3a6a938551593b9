package org.actorpulse.cli;

import java.util.EnumSet;
import org.actorpulse.job.JobRunner;
import picocli.CommandLine.Command;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Read inputs into the articles and rejects tables.")
final class IngestCommand extends InputJobCommand {
  @Override
  EnumSet<JobRunner.Stage> stages() {
    return EnumSet.of(JobRunner.Stage.INGEST);
  }
}
