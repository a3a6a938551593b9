package org.actorpulse.cli;

import java.util.EnumSet;
import java.util.List;
import org.actorpulse.job.JobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Find actor mentions with sentiment in the articles table.")
final class AnalyzeCommand extends JobCommand {
  @Override
  EnumSet<JobRunner.Stage> stages() {
    return EnumSet.of(JobRunner.Stage.ANALYZE);
  }
}
