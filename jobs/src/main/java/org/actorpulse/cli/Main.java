package org.actorpulse.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The actorpulse command line: each subcommand is a job. */
@Command(name = "actorpulse", mixinStandardHelpOptions = true, version = "actorpulse 0.1.0",
    description = "Actors in news: who is mentioned, with what tone, and with whom.")
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
