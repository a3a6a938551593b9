package org.actorpulse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.sentiment.LabeledTarget;
import org.actorpulse.sentiment.Lexicon;
import org.actorpulse.sentiment.ModelFile;
import org.actorpulse.sentiment.ModelTrainer;
import org.actorpulse.sentiment.TargetFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Trains the target sentiment model (target masked) on NewsMTSC-style rows and writes it as JSON. */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
    description = "Train the target sentiment model on JSON lines (sentence, from, to, polarity).")
public final class TrainSentimentCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, description = "Training JSON lines, e.g. data/newsmtsc/train.jsonl.")
  Path input;

  @Option(names = "--output", required = true, description = "Model file to write, e.g. conf/models/sentiment-model.json.")
  Path output;

  @Option(names = "--conf", paramLabel = "FILE",
      description = "Configuration file layered over conf/actorpulse.conf; its sentiment.lexicons are used.")
  Path conf;

  @Option(names = "--l2", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
  double l2 = ModelTrainer.Options.DEFAULTS.l2();

  @Option(names = "--min-count", description = "Rows a feature must occur in (default: ${DEFAULT-VALUE}).")
  int minCount = ModelTrainer.Options.DEFAULTS.minCount();

  @Option(names = "--seed", description = "Seed of the cross-validation folds (default: ${DEFAULT-VALUE}).")
  long seed = ModelTrainer.Options.DEFAULTS.seed();

  @Option(names = "--prune", description = "Drop features whose weights are all below this in size "
      + "(default: ${DEFAULT-VALUE}).")
  double prune = ModelTrainer.Options.DEFAULTS.prune();

  @Option(names = "--accusers-as-labelled", description = "Fit accusers (\"X accused Y\") with their NewsMTSC "
      + "label instead of as neutral.")
  boolean accusersAsLabelled;

  @Option(names = "--views", paramLabel = "KINDS;KINDS",
      description = "Feature kinds of each averaged view, views separated by ';', kinds by ',' (default: "
          + "${DEFAULT-VALUE}; kinds in TargetFeatures).")
  String views = ModelTrainer.Options.DEFAULTS.views().stream().map(v -> String.join(",", v))
      .collect(Collectors.joining(";"));

  @Override
  public Integer call() {
    if (!Files.isRegularFile(input)) {
      throw new ParameterException(spec.commandLine(),
          "--input " + input + ": no such file (expected JSON lines like data/newsmtsc/train.jsonl)");
    }
    Lexicon lexicon;
    ModelTrainer.Options options;
    try {
      lexicon = Lexicon.load(SettingsLoader.load(conf).lexicons());
      ModelTrainer.Options d = ModelTrainer.Options.DEFAULTS;
      options = new ModelTrainer.Options(minCount, l2, d.iterations(), seed, d.folds(),
          Arrays.stream(views.split(";")).map(v -> Arrays.stream(v.split(",")).map(String::trim).toList()).toList(), prune, !accusersAsLabelled);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<LabeledTarget> rows = LabeledTarget.readJsonl(input);
    long start = System.nanoTime();
    ModelTrainer.Result result = new ModelTrainer(new TargetFeatures(lexicon), options).train(rows);
    List<Integer> sizes = result.scorer().views().stream().map(v -> v.model().size()).toList();
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("command", "actorpulse train-sentiment --input " + input + " --output " + output
        + (conf == null ? "" : " --conf " + conf) + " --l2 " + l2 + " --min-count " + minCount + " --seed " + seed + " --prune " + prune + (accusersAsLabelled ? " --accusers-as-labelled" : "")
        + " --views '" + views + "'");
    provenance.put("input", input.getFileName().toString());
    provenance.put("rows", rows.size());
    provenance.put("options", options.toString());
    provenance.put("cv_folds", options.folds());
    provenance.put("cv_f1_macro", round(result.cvMacroF1()));
    provenance.put("cv_accuracy", round(result.cvAccuracy()));
    provenance.put("cv_f1_macro_plain_argmax", round(result.cvArgmaxMacroF1()));
    provenance.put("features_per_view", sizes);
    ModelFile.write(output, result.scorer(), provenance);
    spec.commandLine().getOut().printf(Locale.ROOT,
        "trained on %d rows in %.1f s: features per view %s, %s; %d-fold cv f1_macro=%.3f accuracy=%.3f "
            + "(plain argmax f1_macro=%.3f)%nwrote %s%n",
        rows.size(), (System.nanoTime() - start) / 1e9, sizes, result.scorer().decisionRule(), options.folds(),
        result.cvMacroF1(), result.cvAccuracy(), result.cvArgmaxMacroF1(), output);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
