package org.actorpulse.analysis.sparknlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.IAnnotation;
import com.johnsnowlabs.nlp.JavaAnnotation;
import com.johnsnowlabs.nlp.LightPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.actorpulse.SparkTestSession;
import org.actorpulse.dictionary.Candidate;
import org.actorpulse.dictionary.TextFolding;
import org.actorpulse.text.Span;
import org.apache.spark.ml.PipelineModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CandidatePipelineTest {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home", ".."));
  static final Path SEED = HOME.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt");
  /** Folded, as {@code ActorDictionary.surfaceForms()} gives them. */
  static final List<String> PHRASES = Stream.of("sdf", "syrian democratic forces", "russia", "u.s.", "us",
      "deir ezzor", "al-qaeda", "isis/daesh", "isis", "people's protection units")
      .map(TextFolding::foldForSearch).toList();

  private static PipelineModel model;
  private static SparkNlpEngine engine;

  @BeforeAll
  static void fit() {
    model = CandidatePipeline.fit(SparkTestSession.get(), PHRASES);
    engine = new SparkNlpEngine(model, PHRASES, new EveryCandidateResolver(PHRASES), (sentence, b, e) -> 0);
  }

  @Test
  void sentencesEndAtPunctuationFollowedBySpaceButNotAfterAbbreviations() {
    String text = "Lt. Gen. Valery Asapov was killed near Deir Ezzor. The U.S. Army said so! Why? "
        + "Afandi said: “It is easy.” Then he left… \n\nA headline without a stop\n\nThe end";
    assertEquals(List.of(
            "Lt. Gen. Valery Asapov was killed near Deir Ezzor.",
            "The U.S. Army said so!",
            "Why?",
            "Afandi said: “It is easy.”",
            "Then he left…",
            "A headline without a stop",
            "The end"),
        texts(text, engine.annotate(text).sentences()));
  }

  @Test
  void seedArticleSplitsIntoItsSentences() throws IOException {
    String text = Files.readString(SEED);
    List<String> sentences = texts(text, engine.annotate(text).sentences());
    assertEquals(29, sentences.size(), String.join("\n", sentences));
    assertEquals("date 2017-09-25 Donate", sentences.get(0));
    assertTrue(sentences.contains(
        "Furthermore, at the same day, Russia’s Lieutenant General Valery Asapov was killed as a result of the "
            + "ISIS shelling near Deir Ezzor city."));
    assertTrue(sentences.contains("Why is it happening now?"));
    assertTrue(sentences.contains(
        "De-escalation zones have been created, the US military system is under pressure, because Russia kind "
            + "of won the war…"));
  }

  @Test
  void tokensSplitAtHyphensApostrophesAndPeriods() {
    String text = "pro-SDF Russia’s (U.S.-backed) 2017-09-25";
    List<String> tokens = annotations(text, CandidatePipeline.TOKENS).stream()
        .map(JavaAnnotation::result).toList();
    assertEquals(CandidatePipeline.tokens(TextFolding.foldForSearch(text)), tokens,
        "Spark NLP's RegexTokenizer cuts the folded text as the phrases were cut");
    assertEquals(List.of("pro", "sdf", "russia", "'", "s", "(", "u", ".", "s", ".", "backed", ")", "2017", "09", "25"),
        tokens.stream().filter(t -> !t.equals("-")).toList(), "hyphens are tokens, or spaces if folding makes them so");
    for (JavaAnnotation t : annotations(text, CandidatePipeline.TOKENS)) {
      assertEquals(t.result(), TextFolding.foldForSearch(text.substring(t.begin(), t.end() + 1)),
          "token offsets are inclusive");
    }
    assertEquals(10, engine.annotate(text).words(), "words: pro SDF Russia s U S backed 2017 09 25");
  }

  @Test
  void candidatesInsideHyphenatedAndPossessiveForms() {
    String text = "US-backed Syrian Democratic Forces (SDF), pro-SDF media, Russia’s general, Russia's army, al-Qaeda.";
    assertEquals(Set.of(
            candidate(text, "US", 0, "us"),
            candidate(text, "Syrian Democratic Forces", 0, "syrian democratic forces"),
            candidate(text, "SDF", 0, "sdf"),
            candidate(text, "SDF", 1, "sdf"),
            candidate(text, "Russia", 0, "russia"),
            candidate(text, "Russia", 1, "russia"),
            candidate(text, "al-Qaeda", 0, "al-qaeda")),
        Set.copyOf(engine.annotate(text).candidates()));
  }

  @Test
  void candidatesAreWordAligned() {
    String text = "Russian jets, SDFs and USA; Lt. Gen. Asapov of the U.S. Army.";
    assertEquals(Set.of(candidate(text, "U.S.", 0, "u.s.")), Set.copyOf(engine.annotate(text).candidates()));
  }

  @Test
  void phraseMatchesAcrossALineBreakButNotAcrossTwoSpaces() {
    String text = "Deir\nEzzor, Deir  Ezzor and DEIR EZZOR.";
    assertEquals(Set.of(candidate(text, "Deir\nEzzor", 0, "deir ezzor"), candidate(text, "DEIR EZZOR", 0, "deir ezzor")),
        Set.copyOf(engine.annotate(text).candidates()));
  }

  @Test
  void curlyAndStraightApostrophesMatchTheSamePhrase() {
    String text = "People’s Protection Units, People's Protection Units, People‘s Protection Units.";
    assertEquals(Set.of(
            candidate(text, "People’s Protection Units", 0, "people's protection units"),
            candidate(text, "People's Protection Units", 0, "people's protection units"),
            candidate(text, "People‘s Protection Units", 0, "people's protection units")),
        Set.copyOf(engine.annotate(text).candidates()));
  }

  @Test
  void textWithSlashesIsAnnotatedAsText() {
    String text = "ISIS/Daesh fighters near Deir Ezzor (see http://example.org/sdf).";
    assertEquals(Set.of(
            candidate(text, "ISIS/Daesh", 0, "isis/daesh"),
            candidate(text, "ISIS", 0, "isis"),
            candidate(text, "Deir Ezzor", 0, "deir ezzor"),
            candidate(text, "sdf", 0, "sdf")),
        Set.copyOf(engine.annotate(text).candidates()));
  }

  @Test
  void sentenceDetectorMarkersInTheTextKeepSentenceOffsets() {
    String text = "A box ╞ and a private \uF050 mark in Russia. Then the SDF came.";
    SparkNlpEngine.Annotated annotated = engine.annotate(text);
    assertEquals(List.of("A box ╞ and a private \uF050 mark in Russia.", "Then the SDF came."),
        texts(text, annotated.sentences()));
    assertEquals(Set.of(candidate(text, "Russia", 0, "russia"), candidate(text, "SDF", 0, "sdf")),
        Set.copyOf(annotated.candidates()));
  }

  @Test
  void longTextsAreCutIntoBlocksAtBlankLines() {
    String text = "One.\n\nTwo two.\n \nThree three three. No blank line here\nFour.";
    assertEquals(List.of(new Span(0, text.length())), SparkNlpEngine.blocks(text, text.length()));
    assertEquals(List.of("One.", "Two two.", "Three three three. No blank line here\nFour."),
        texts(text, SparkNlpEngine.blocks(text, 3)));
    assertEquals(List.of("One.\n\nTwo two.", "Three three three. No blank line here\nFour."),
        texts(text, SparkNlpEngine.blocks(text, 5)));
  }

  @Test
  void blocksGiveWhatTheWholeTextGives() throws IOException {
    String seed = Files.readString(SEED);
    String text = seed + "\n\n" + seed + "\n\nSyrian Democratic\nForces.\n \n" + seed;
    SparkNlpEngine.Annotated whole = engine.annotate(text, Integer.MAX_VALUE);
    SparkNlpEngine.Annotated blocks = engine.annotate(text, 500);
    assertTrue(SparkNlpEngine.blocks(text, 500).size() > 10);
    assertEquals(whole.sentences(), blocks.sentences());
    assertEquals(whole.words(), blocks.words());
    assertEquals(whole.candidates(), blocks.candidates());
  }

  @Test
  void emptyAndBlankTextsHaveNothing() {
    for (String text : List.of("", "  \n ")) {
      SparkNlpEngine.Annotated annotated = engine.annotate(text);
      assertEquals(List.of(), annotated.sentences());
      assertEquals(0, annotated.words());
      assertEquals(List.of(), annotated.candidates());
    }
  }

  static List<String> texts(String text, List<Span> spans) {
    return spans.stream().map(s -> s.of(text)).collect(Collectors.toList());
  }

  /** The candidate at the {@code nth} occurrence (0-based) of {@code surface} in {@code text}. */
  static Candidate candidate(String text, String surface, int nth, String phrase) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) throw new IllegalArgumentException(surface + " occurs fewer than " + (nth + 1) + " times");
    }
    return new Candidate(at, at + surface.length(), PHRASES.indexOf(TextFolding.foldForSearch(phrase)));
  }

  private static List<JavaAnnotation> annotations(String text, String column) {
    List<IAnnotation> out = new LightPipeline(model, false)
        .fullAnnotateJava(text, TextFolding.foldForSearch(text)).get(column);
    return out.stream().map(a -> (JavaAnnotation) a).toList();
  }
}
