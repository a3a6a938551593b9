package org.actorpulse.cli;

import java.io.PrintWriter;
import java.util.List;
import org.actorpulse.config.ConfigException;
import org.actorpulse.dictionary.DictionaryException;
import org.actorpulse.ingest.InputNotFoundException;
import org.actorpulse.job.AccountingException;
import org.actorpulse.output.MissingTableException;
import org.actorpulse.output.OutputLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The actorpulse command line: each subcommand is a job. */
@Command(name = "actorpulse", mixinStandardHelpOptions = true, version = "actorpulse 0.1.0",
    description = "Actors in news: who is mentioned, with what tone, and with whom.",
    subcommands = {IngestCommand.class, AnalyzeCommand.class, AggregateCommand.class, RunCommand.class, TopCommand.class, CompareSourcesCommand.class, ReportCommand.class, DiscoverCommand.class, DictCommand.class, GenCorpusCommand.class, BenchCommand.class,
        EvalSentimentCommand.class, TrainSentimentCommand.class, ExplainSentimentCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Errors the user can fix from the message alone: one line and exit code 2, no stack trace. */
  private static final List<Class<? extends Exception>> USER_ERRORS = List.of(
      ConfigException.class, MissingTableException.class, InputNotFoundException.class, DictionaryException.class);

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setParameterExceptionHandler((ex, a) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("actorpulse: " + ex.getMessage() + " (see: actorpulse "
          + qualifiedName(ex.getCommandLine()) + "--help)");
      return ExitCodes.USAGE;
    });
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      if (ex instanceof OutputLockedException || ex instanceof AccountingException) {
        err.println("actorpulse: " + ex.getMessage());
        return ExitCodes.FAILURE;
      }
      Throwable userError = userError(ex);
      if (userError != null) {
        err.println("actorpulse: " + userError.getMessage());
        return ExitCodes.USAGE;
      }
      err.println("actorpulse: failed: " + ex);
      ex.printStackTrace(err);
      return ExitCodes.FAILURE;
    });
    return cli.execute(args);
  }

  /** The exception or cause the user can fix from its message alone, or null. */
  static Throwable userError(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      for (Class<? extends Exception> c : USER_ERRORS) if (c.isInstance(t)) return t;
    }
    return null;
  }

  private static String qualifiedName(CommandLine cmd) {
    String name = cmd.getCommandName();
    return cmd.getParent() == null ? "" : name + " ";
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
