package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorpulse.cli.EvalSentimentCommand;
import org.actorpulse.cli.ExplainSentimentCommand;
import org.actorpulse.cli.TrainSentimentCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The sentiment commands run as a user would run them, against the shipped configuration (the build sets
 * actorpulse.home, as the launcher does).
 */
class SentimentCommandsTest {
  private static final String ROWS = """
      {"id": "a", "sentence": "Critics blasted Smith as a corrupt liar.", "mention": "Smith", "from": 16, "to": 21, "polarity": -1}
      {"id": "b", "sentence": "Fans cheered the brilliant Jones.", "mention": "Jones", "from": 27, "to": 32, "polarity": 1}
      {"id": "c", "sentence": "Lee travelled to Ohio on Tuesday.", "mention": "Lee", "from": 0, "to": 3, "polarity": 0}
      {"id": "d", "sentence": "The court found Novak guilty of fraud.", "mention": "Novak", "from": 16, "to": 21, "polarity": -1}
      {"id": "e", "sentence": "Voters admire Khan for her honest work.", "mention": "Khan", "from": 14, "to": 18, "polarity": 1}
      {"id": "f", "sentence": "Rossi met the delegation in Rome.", "mention": "Rossi", "from": 0, "to": 5, "polarity": 0}
      """;

  private record Run(int exitCode, String out, String err) {
  }

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void evalPrintsTheSummaryAsItsLastLineAndWritesPredictions(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("gold.jsonl"), ROWS);
    Path predictions = dir.resolve("pred.jsonl");
    Run r = run(new EvalSentimentCommand(), "--input", input.toString(), "--scorer", "rules",
        "--predictions", predictions.toString());
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertTrue(lines[lines.length - 1].matches("f1_macro=[01]\\.\\d{3} accuracy=[01]\\.\\d{3} n=6"), lines[lines.length - 1]);
    assertTrue(r.out().contains("confusion"));
    List<String> written = Files.readAllLines(predictions);
    assertEquals(6, written.size());
    assertTrue(written.get(0).contains("\"id\":\"a\"") && written.get(0).contains("\"score\""), written.get(0));
  }

  @Test
  void evalJudgesAnArticleRowAtEachOfItsMentions(@TempDir Path dir) throws Exception {
    String article = "Donald Trump spoke in Ohio. Critics said Trump was a cruel liar. Others stayed home.";
    String row = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("id", "art")
        .put("sentence", article).put("mention", "Donald Trump").put("from", 0).put("to", 12).put("polarity", -1)
        .toString();
    Path input = Files.writeString(dir.resolve("articles.jsonl"), row + "\n");
    Path predictions = dir.resolve("p.jsonl");
    Run r = run(new EvalSentimentCommand(), "--input", input.toString(), "--scorer", "rules",
        "--predictions", predictions.toString());
    assertEquals(0, r.exitCode(), r.err());
    String line = Files.readAllLines(predictions).get(0);
    assertTrue(line.contains("\"mentions\":2"), line);
    assertTrue(line.contains("\"predicted\":-1"), line);
  }

  @Test
  void evalRejectsAMissingInputNamingIt() {
    Run r = run(new EvalSentimentCommand(), "--input", "/no/such.jsonl", "--scorer", "rules");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("/no/such.jsonl"), r.err());
  }

  @Test
  void explainShowsTheScoreAndTheWordsThatMovedIt() {
    Run r = run(new ExplainSentimentCommand(), "The SDF accused Russia of supporting ISIS.", "--target", "Russia",
        "--scorer", "rules");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("class=negative"), r.out());
    assertTrue(r.out().contains("accused"), r.out());
  }

  @Test
  void explainWithTheShippedModelListsContextWordsNeverTheTarget() {
    Run r = run(new ExplainSentimentCommand(), "Critics blasted Murphy as a corrupt liar.", "--target", "Murphy",
        "--scorer", "model");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("class=negative"), r.out());
    assertTrue(r.out().contains("corrupt") || r.out().contains("liar") || r.out().contains("blasted"), r.out());
    String features = r.out().substring(r.out().indexOf("class="));
    assertTrue(!features.toLowerCase().contains("murphy"), r.out());
  }

  @Test
  void confChoosesTheScorerAndTheFlagOverridesIt(@TempDir Path dir) throws Exception {
    Path conf = Files.writeString(dir.resolve("my.conf"), "actorpulse.sentiment.scorer = rules\n");
    String sentence = "The SDF accused Russia of supporting ISIS.";
    Run fromConf = run(new ExplainSentimentCommand(), sentence, "--target", "Russia", "--conf", conf.toString());
    assertEquals(0, fromConf.exitCode(), fromConf.err());
    assertTrue(fromConf.out().startsWith("scorer=rules "), fromConf.out());
    Run flag = run(new ExplainSentimentCommand(), sentence, "--target", "Russia", "--conf", conf.toString(),
        "--scorer", "model");
    assertEquals(0, flag.exitCode(), flag.err());
    assertTrue(flag.out().startsWith("scorer=model "), flag.out());
  }

  @Test
  void anUnknownScorerIsAUsageErrorOfEitherCommand(@TempDir Path dir) throws Exception {
    Run explain = run(new ExplainSentimentCommand(), "Russia lost.", "--target", "Russia", "--scorer", "vibes");
    assertEquals(2, explain.exitCode());
    assertTrue(explain.err().contains("vibes"), explain.err());
    Path input = Files.writeString(dir.resolve("gold.jsonl"), ROWS);
    Run eval = run(new EvalSentimentCommand(), "--input", input.toString(), "--scorer", "vibes");
    assertEquals(2, eval.exitCode());
    assertTrue(eval.err().contains("vibes"), eval.err());
  }

  @Test
  void explainRejectsATargetNotInTheSentence() {
    Run r = run(new ExplainSentimentCommand(), "Nothing here.", "--target", "Russia", "--scorer", "rules");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("Russia"), r.err());
  }

  @Test
  void trainWritesAModelTheScorerFactoryLoads(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("train.jsonl"), ROWS);
    Path model = dir.resolve("model.json");
    Run r = run(new TrainSentimentCommand(), "--input", input.toString(), "--output", model.toString(),
        "--min-count", "1");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("cv f1_macro="), r.out());
    SentimentScorer s = SentimentScorers.create(new SentimentSettings("model", TestLexicons.DIR, model));
    double score = s.score("Critics blasted Smith as a corrupt liar.", 16, 21);
    assertTrue(score >= -1 && score <= 1);
    assertTrue(Files.readString(model).contains("\"provenance\""));
  }
}
