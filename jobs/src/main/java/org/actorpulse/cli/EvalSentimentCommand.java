package org.actorpulse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.actorpulse.sentiment.Evaluation;
import org.actorpulse.sentiment.ExplainableScorer;
import org.actorpulse.sentiment.LabeledTarget;
import org.actorpulse.sentiment.SentimentSettings;
import org.actorpulse.sentiment.TargetMentions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Scores gold targets with the scorer the pipeline uses and prints per-class precision, recall and F1, the
 * confusion matrix and, last, {@code f1_macro=... accuracy=... n=...}. A row whose text is a whole article is
 * judged at every place the article names the target ({@link TargetMentions}), as {@code article_actors} would.
 */
@Command(name = "eval-sentiment", mixinStandardHelpOptions = true,
    description = {"Evaluate target sentiment against NewsMTSC-style JSON lines (sentence, from, to, polarity).",
        "A row of three or more sentences is an article: the target is scored wherever it is named (the name, and a "
            + "full name's last word), each in its own sentence, and the mentions are taken together."})
public final class EvalSentimentCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, description = "Gold JSON lines, e.g. data/newsmtsc/dev.jsonl.")
  Path input;

  @Option(names = "--predictions",
      description = "Write one JSON line per target: id, mention, gold, score, predicted, mentions (places scored).")
  Path predictions;

  @Mixin
  SentimentOptions options;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new ParameterException(spec.commandLine(),
          "--input " + input + ": no such file (expected JSON lines like data/newsmtsc/dev.jsonl)");
    }
    SentimentOptions.Loaded loaded = options.load(spec.commandLine());
    SentimentSettings settings = loaded.settings();
    ExplainableScorer s = loaded.scorer();
    List<LabeledTarget> rows = LabeledTarget.readJsonl(input);
    Evaluation evaluation = new Evaluation();
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = predictions == null ? null
        : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      for (LabeledTarget r : rows) {
        List<TargetMentions.Mention> mentions = Evaluation.mentions(r);
        ExplainableScorer.Judgement judged = s.judge(mentions);
        evaluation.add(r.polarity(), judged.polarity());
        if (out != null) {
          ObjectNode line = json.createObjectNode().put("id", r.id()).put("mention", r.mention())
              .put("gold", r.polarity()).put("score", judged.score()).put("predicted", judged.polarity())
              .put("mentions", mentions.size());
          out.write(json.writeValueAsString(line));
          out.newLine();
        }
      }
    }
    PrintWriter console = spec.commandLine().getOut();
    console.println("scorer=" + settings.scorer() + " decision: " + s.decisionRule());
    console.println(evaluation.report());
    console.flush();
    return 0;
  }
}
