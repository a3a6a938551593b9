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
import org.actorpulse.config.Settings;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.sentiment.LabeledTarget;
import org.actorpulse.sentiment.Lexicon;
import org.actorpulse.sentiment.ModelFile;
import org.actorpulse.sentiment.ModelTrainer;
import org.actorpulse.sentiment.TargetFeatures;
import org.actorpulse.sentiment.WordVectors;
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

  @Option(names = "--word-vectors", paramLabel = "FILE", description = "Word vectors of the embedding view "
      + "(default: word-vectors.bin beside the configured model, conf/models/; made by scripts/make-word-vectors).")
  Path wordVectors;

  @Option(names = "--no-word-vectors", description = "Train the sparse views alone, without the embedding view.")
  boolean noWordVectors;

  @Option(names = "--vectors-l2", description = "L2 penalty of the embedding view (default: ${DEFAULT-VALUE}).")
  double vectorsL2 = ModelTrainer.Embedding.DEFAULT_L2;

  @Option(names = "--vectors-weight", description = "How many sparse views the embedding view counts as in the "
      + "average (default: ${DEFAULT-VALUE}).")
  double vectorsWeight = ModelTrainer.Embedding.DEFAULT_WEIGHT;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(input)) {
      throw new ParameterException(spec.commandLine(),
          "--input " + input + ": no such file (expected JSON lines like data/newsmtsc/train.jsonl)");
    }
    Lexicon lexicon;
    ModelTrainer.Options options;
    ModelTrainer.Embedding embedding = null;
    try {
      Settings settings = SettingsLoader.load(conf);
      lexicon = Lexicon.load(settings.lexicons());
      if (!noWordVectors) {
        if (wordVectors == null) wordVectors = settings.sentimentModel().toAbsolutePath().resolveSibling("word-vectors.bin");
        embedding = new ModelTrainer.Embedding(WordVectors.read(wordVectors), vectorsL2, vectorsWeight);
      }
      ModelTrainer.Options d = ModelTrainer.Options.DEFAULTS;
      options = new ModelTrainer.Options(minCount, l2, d.iterations(), seed, d.folds(),
          Arrays.stream(views.split(";")).map(v -> Arrays.stream(v.split(",")).map(String::trim).toList()).toList(), prune, !accusersAsLabelled);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<LabeledTarget> rows = LabeledTarget.readJsonl(input);
    long start = System.nanoTime();
    ModelTrainer.Result result = new ModelTrainer(new TargetFeatures(lexicon), options, embedding).train(rows);
    List<Integer> sizes = result.scorer().views().stream().map(v -> v.model().size()).toList();
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("command", "actorpulse train-sentiment --input " + input + " --output " + output
        + (conf == null ? "" : " --conf " + conf) + " --l2 " + l2 + " --min-count " + minCount + " --seed " + seed + " --prune " + prune + (accusersAsLabelled ? " --accusers-as-labelled" : "")
        + " --views '" + views + "'"
        + (embedding == null ? " --no-word-vectors" : " --word-vectors " + asGiven(wordVectors) + " --vectors-l2 " + vectorsL2
            + " --vectors-weight " + vectorsWeight));
    provenance.put("input", input.getFileName().toString());
    provenance.put("rows", rows.size());
    provenance.put("options", options.toString());
    provenance.put("cv_folds", options.folds());
    provenance.put("cv_f1_macro", round(result.cvMacroF1()));
    provenance.put("cv_accuracy", round(result.cvAccuracy()));
    provenance.put("cv_f1_macro_plain_argmax", round(result.cvArgmaxMacroF1()));
    provenance.put("features_per_view", sizes);
    if (embedding != null) {
      Map<String, Object> vectors = new LinkedHashMap<>();
      vectors.put("words", embedding.vectors().size());
      vectors.put("dims", embedding.vectors().dims());
      vectors.put("fingerprint", embedding.vectors().fingerprint());
      provenance.put("word_vectors", vectors);
    }
    ModelFile.write(output, result.scorer(), provenance, noWordVectors ? null : wordVectors);
    spec.commandLine().getOut().printf(Locale.ROOT,
        "trained on %d rows in %.1f s: features per view %s, %s; %d-fold cv f1_macro=%.3f accuracy=%.3f "
            + "(plain argmax f1_macro=%.3f)%nwrote %s%n",
        rows.size(), (System.nanoTime() - start) / 1e9, sizes, result.scorer().decisionRule(), options.folds(),
        result.cvMacroF1(), result.cvAccuracy(), result.cvArgmaxMacroF1(), output);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The path relative to the working directory when it lies below it: provenance should not name one machine. */
  private static Path asGiven(Path p) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = p.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute) : p;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
