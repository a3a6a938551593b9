package org.actorpulse.cli;

import java.util.List;
import picocli.CommandLine.Mixin;

/** A job that reads input files: it takes {@code --input} and {@code --signal-rejects}. */
abstract class InputJobCommand extends JobCommand {
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
}
