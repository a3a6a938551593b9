package org.actorpulse.cli;

import java.util.concurrent.Callable;
import org.actorpulse.sentiment.ExplainableScorer;
import org.actorpulse.sentiment.SentimentSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Prints a sentence's score toward a target and the features that moved it, so an analyst can see why. */
@Command(name = "explain-sentiment", mixinStandardHelpOptions = true,
    description = "Score one sentence toward a target and list the features that moved the score.")
public final class ExplainSentimentCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", description = "The sentence, quoted.")
  String sentence;

  @Option(names = "--target", required = true, description = "The target as written in the sentence (first occurrence).")
  String target;

  @Option(names = "--top", defaultValue = "15", description = "How many features to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin
  SentimentOptions options;

  @Override
  public Integer call() {
    int begin = sentence.indexOf(target);
    if (target.isEmpty() || begin < 0) {
      throw new ParameterException(spec.commandLine(), "--target \"" + target + "\" does not occur in the sentence "
          + "(give it exactly as written, e.g. --target \"Russia\")");
    }
    SentimentOptions.Loaded loaded = options.load(spec.commandLine());
    SentimentSettings settings = loaded.settings();
    ExplainableScorer s = loaded.scorer();
    spec.commandLine().getOut().print("scorer=" + settings.scorer() + " target=\"" + target + "\" ["
        + begin + ", " + (begin + target.length()) + ")\n"
        + s.explain(sentence, begin, begin + target.length()).render(top));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
