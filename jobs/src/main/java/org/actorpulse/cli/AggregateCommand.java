package org.actorpulse.cli;

import java.util.EnumSet;
import java.util.List;
import org.actorpulse.job.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "aggregate", mixinStandardHelpOptions = true, description = "Build actor_daily, actor_sentiment and actor_pairs from the mentions table.")
final class AggregateCommand extends JobCommand {
  @Override
  EnumSet<JobRunner.Stage> stages() {
    return EnumSet.of(JobRunner.Stage.AGGREGATE);
  }
}
