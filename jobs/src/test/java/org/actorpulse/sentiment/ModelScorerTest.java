package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a small model from sentences built here; fast enough for every build. */
class ModelScorerTest {
  private static final ModelTrainer.Options OPTIONS =
      new ModelTrainer.Options(1, 1e-3, 100, 7L, 2, ModelTrainer.DEFAULT_VIEWS, 0, true);
  private static ModelTrainer.Result trained;

  private static List<LabeledTarget> fixtures() {
    String[] names = {"Smith", "Jones", "Garcia", "Lee", "Brown", "Khan", "Novak", "Rossi"};
    String[][] templates = {
        {"%s praised the brave volunteers.", "0"}, {"Voters admire %s for her honest work.", "1"},
        {"The court found %s guilty of fraud.", "-1"}, {"Critics blasted %s as a corrupt liar.", "-1"},
        {"%s travelled to Ohio on Tuesday.", "0"}, {"The successful %s won the award.", "1"},
        {"%s met the delegation in Rome.", "0"}, {"Police arrested %s after the brutal attack.", "-1"},
        {"Fans cheered the brilliant %s.", "1"}};
    List<LabeledTarget> rows = new ArrayList<>();
    for (String name : names) {
      for (String[] t : templates) {
        String s = String.format(t[0], name);
        int b = s.indexOf(name);
        rows.add(new LabeledTarget(name + t[0], s, name, b, b + name.length(), Integer.parseInt(t[1])));
      }
    }
    return rows;
  }

  @BeforeAll
  static void train() {
    trained = new ModelTrainer(new TargetFeatures(TestLexicons.LEXICON), OPTIONS).train(fixtures());
  }

  private static double score(SentimentScorer scorer, String sentence, String target) {
    int b = sentence.indexOf(target);
    return scorer.score(sentence, b, b + target.length());
  }

  @Test
  void learnsPolarityFromContext() {
    ModelScorer s = trained.scorer();
    assertTrue(score(s, "Critics blasted Murphy as a corrupt liar.", "Murphy") < -0.2);
    assertTrue(score(s, "Fans cheered the brilliant Murphy.", "Murphy") > 0.2);
  }

  @Test
  void renamingTheTargetLeavesTheScoreUnchanged() {
    ModelScorer s = trained.scorer();
    double a = score(s, "The court found Smith guilty of fraud.", "Smith");
    double b = score(s, "The court found Vladimir Putin guilty of fraud.", "Vladimir Putin");
    double c = score(s, "The court found Zq guilty of fraud.", "Zq");
    assertEquals(a, b, 1e-12);
    assertEquals(a, c, 1e-12);
  }

  @Test
  void theSameSentenceScoresDifferentTargetsDifferently() {
    String s = "Police arrested Smith after Jones praised the brave volunteers.";
    assertNotEquals(score(trained.scorer(), s, "Smith"), score(trained.scorer(), s, "Jones"));
  }

  @Test
  void trainingIsDeterministic() {
    ModelTrainer.Result again = new ModelTrainer(new TargetFeatures(TestLexicons.LEXICON), OPTIONS).train(fixtures());
    assertEquals(trained.scorer().views().size(), again.scorer().views().size());
    for (int v = 0; v < trained.scorer().views().size(); v++) {
      LinearModel a = trained.scorer().views().get(v).model();
      LinearModel b = again.scorer().views().get(v).model();
      assertEquals(a.size(), b.size());
      for (int f = 0; f < a.size(); f += 7) {
        assertEquals(a.name(f), b.name(f));
        assertEquals(a.weight(f, 2), b.weight(f, 2));
      }
    }
    assertEquals(trained.scorer().decision(), again.scorer().decision());
  }

  @Test
  void modelFileRoundTripsScoresAndDecision(@TempDir Path dir) {
    Path file = dir.resolve("m.json");
    ModelFile.write(file, trained.scorer(), Map.of("test", true));
    ModelScorer read = ModelFile.read(file, TestLexicons.LEXICON);
    String s = "Critics blasted Murphy as a corrupt liar.";
    assertEquals(score(trained.scorer(), s, "Murphy"), score(read, s, "Murphy"), 1e-9);
    assertEquals(trained.scorer().decision(), read.decision());
  }

  @Test
  void aModelWithWordVectorsScoresThroughItsFileAndRefusesOtherVectors(@TempDir Path dir) {
    List<String> words = new ArrayList<>();
    for (LabeledTarget t : fixtures()) {
      for (Token token : Tokenizer.tokenize(t.sentence())) if (!words.contains(token.text())) words.add(token.text());
    }
    Path vectorsFile = dir.resolve("word-vectors.bin");
    WordVectorsTest.random(words, 6, 9).write(vectorsFile);
    ModelTrainer.Embedding embedding = new ModelTrainer.Embedding(WordVectors.read(vectorsFile), 0.3, 3);
    ModelScorer scorer = new ModelTrainer(new TargetFeatures(TestLexicons.LEXICON), OPTIONS, embedding)
        .train(fixtures()).scorer();
    assertTrue(scorer.decisionRule().contains("word vectors"), scorer.decisionRule());
    Path file = dir.resolve("m.json");
    ModelFile.write(file, scorer, Map.of("test", true), vectorsFile);
    ModelScorer read = ModelFile.read(file, TestLexicons.LEXICON);
    String s = "Critics blasted Murphy as a corrupt liar.";
    assertEquals(score(scorer, s, "Murphy"), score(read, s, "Murphy"), 1e-12);
    assertEquals(score(scorer, s, "Murphy"), score(read, "Critics blasted Vladimir Putin as a corrupt liar.",
        "Vladimir Putin"), 1e-12);
    Explanation e = read.explain(s, 16, 22);
    assertTrue(e.contributions().stream().anyMatch(c -> c.feature().startsWith("eL6:")), e.contributions().toString());
    assertTrue(e.contributions().stream().noneMatch(c -> c.feature().toLowerCase().contains("murphy")));

    WordVectorsTest.random(words, 6, 10).write(vectorsFile);
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ModelFile.read(file, TestLexicons.LEXICON));
    assertTrue(refused.getMessage().contains("retrain"), refused.getMessage());
  }

  @Test
  void storedNamesHashAsTheScorerHashesFeatures() {
    TargetFeatures features = new TargetFeatures(TestLexicons.LEXICON);
    String sentence = "Critics said: \"the corrupt Murphy lied\" and accused her of fraud.";
    Sentence s = features.prepare(sentence);
    boolean[] all = new boolean[TargetFeatures.KINDS];
    java.util.Arrays.fill(all, true);
    List<String> checked = new ArrayList<>();
    int murphy = sentence.indexOf("Murphy");
    features.extract(s, s.locate(murphy, murphy + 6), all, (kind, hash, a, b, c, value) -> {
      String name = FeatureHash.name(TargetFeatures.PREFIXES[kind], a, b, c);
      assertEquals(FeatureHash.ofName(name), hash, name);
      checked.add(name);
    });
    assertTrue(checked.size() > 50, checked.toString());
    assertTrue(checked.contains("L3:corrupt <T>") && checked.contains("role:quoted"), checked.toString());
  }

  @Test
  void scoringAllTargetsOfASentenceAtOnceGivesTheSameScores() {
    String s = "Police arrested Smith after Jones praised the brave volunteers in Rome.";
    int[] begins = {s.indexOf("Smith"), s.indexOf("Jones"), s.indexOf("Rome")};
    int[] ends = {begins[0] + 5, begins[1] + 5, begins[2] + 4};
    double[] together = new double[3];
    trained.scorer().scoreAll(s, begins, ends, together);
    for (int i = 0; i < 3; i++) assertEquals(trained.scorer().score(s, begins[i], ends[i]), together[i], 1e-12);
  }

  @Test
  void explanationNamesTheContextNotTheTarget() {
    Explanation e = trained.scorer().explain("Critics blasted Murphy as a corrupt liar.", 16, 22);
    assertTrue(e.contributions().stream().noneMatch(c -> c.feature().toLowerCase().contains("murphy")));
    assertTrue(e.top(5).stream().anyMatch(c -> c.value() < 0), e.top(5).toString());
    assertEquals(trained.scorer().score("Critics blasted Murphy as a corrupt liar.", 16, 22), e.score(), 1e-12);
  }

  @Test
  void survivesJavaSerializationAsABroadcastWould() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(trained.scorer());
    }
    SentimentScorer copy;
    try (java.io.ObjectInputStream in =
             new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (SentimentScorer) in.readObject();
    }
    String s = "Critics blasted Murphy as a corrupt liar.";
    assertEquals(score(trained.scorer(), s, "Murphy"), score(copy, s, "Murphy"));
  }

  @Test
  void unknownFeaturesAreNotFound() {
    LinearModel m = trained.scorer().views().get(0).model();
    assertEquals(-1, m.index(FeatureHash.ofName("w:zzzunseen")));
    assertTrue(m.index(FeatureHash.ofName("bias:")) >= 0);
  }

  @Test
  void shippedModelDoesNotBlameTheAccuser() {
    ModelScorer s = ModelFile.read(TestLexicons.HOME.resolve("conf/models/sentiment-model.json"), TestLexicons.LEXICON);
    String sentence = "The SDF accused Russia of supporting ISIS.";
    assertEquals(0, s.classify(sentence, 4, 7), "SDF");
    assertEquals(-1, s.classify(sentence, 16, 22), "Russia");
    assertEquals(-1, s.classify(sentence, 37, 41), "ISIS");
  }

  @Test
  void shippedModelKeepsItsDevFigure() {
    Path dev = Path.of("../../shared/data/newsmtsc/dev.jsonl");
    Path model = TestLexicons.HOME.resolve("conf/models/sentiment-model.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dev), "NewsMTSC dev split not on this machine");
    ModelScorer s = ModelFile.read(model, TestLexicons.LEXICON);
    Evaluation e = Evaluation.of(s, LabeledTarget.readJsonl(dev));
    assertTrue(e.macroF1() > 0.73, e.summaryLine());
  }

  @Test
  void judgingOneMentionIsScoringAndClassifyingIt_andSeveralAverageTheirProbabilities() {
    ModelScorer s = ModelFile.read(TestLexicons.HOME.resolve("conf/models/sentiment-model.json"), TestLexicons.LEXICON);
    RuleBasedScorer rules = new RuleBasedScorer(TestLexicons.LEXICON);
    String sentence = "The SDF accused Russia of supporting ISIS.";
    TargetMentions.Mention russia = new TargetMentions.Mention(sentence, 16, 22);
    TargetMentions.Mention sdf = new TargetMentions.Mention(sentence, 4, 7);
    for (ExplainableScorer scorer : List.<ExplainableScorer>of(s, rules)) {
      ExplainableScorer.Judgement one = scorer.judge(List.of(russia));
      assertEquals(scorer.score(sentence, 16, 22), one.score(), 0);
      assertEquals(scorer.classify(sentence, 16, 22), one.polarity());
      double mean = (scorer.score(sentence, 16, 22) + scorer.score(sentence, 4, 7)) / 2;
      assertEquals(mean, scorer.judge(List.of(russia, sdf)).score(), 1e-12);
    }
    double[] a = s.probabilities(sentence, 16, 22);
    double[] b = s.probabilities(sentence, 4, 7);
    double[] mean = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
    assertEquals(s.decision().classify(mean), s.judge(List.of(russia, sdf)).polarity());
    assertEquals(rules.thresholds().classify(rules.judge(List.of(russia, sdf)).score()),
        rules.judge(List.of(russia, sdf)).polarity());
  }

  /** Read as one sentence, an article's mood is every actor's; by its mentions, the actors differ. */
  @Test
  void theSeedArticleJudgedByMentionsIsNegativeTowardRussiaAndNotAllAlike() throws Exception {
    String seed = Files.readString(TestLexicons.HOME.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt"));
    ModelScorer s = ModelFile.read(TestLexicons.HOME.resolve("conf/models/sentiment-model.json"), TestLexicons.LEXICON);
    int russia = seed.indexOf("Russia of");
    int turkey = seed.indexOf("Turkey");
    ExplainableScorer.Judgement r = s.judge(Evaluation.mentions(
        new LabeledTarget("r", seed, "Russia", russia, russia + 6, -1)));
    ExplainableScorer.Judgement t = s.judge(Evaluation.mentions(
        new LabeledTarget("t", seed, "Turkey", turkey, turkey + 6, 0)));
    assertEquals(-1, r.polarity(), "Russia " + r);
    assertTrue(t.score() - r.score() > 0.1, "Turkey " + t + " Russia " + r);
  }
}
