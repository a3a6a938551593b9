package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class RuleBasedScorerTest {
  private final RuleBasedScorer scorer = new RuleBasedScorer(TestLexicons.LEXICON);

  private double score(String sentence, String target) {
    int begin = sentence.indexOf(target);
    return scorer.score(sentence, begin, begin + target.length());
  }

  /** The signed contribution of {@code word} to the score toward {@code target}. */
  private double contribution(String sentence, String target, String word) {
    int begin = sentence.indexOf(target);
    return scorer.explain(sentence, begin, begin + target.length()).contributions().stream()
        .filter(c -> c.feature().equals(word)).mapToDouble(Explanation.Contribution::value).sum();
  }

  @Test
  void negativeWordsNearTargetScoreNegative() {
    assertTrue(score("Critics say the corrupt and incompetent Smith failed again.", "Smith") < -0.3);
  }

  @Test
  void positiveWordsNearTargetScorePositive() {
    assertTrue(score("The brilliant Smith won praise for a successful reform.", "Smith") > 0.3);
  }

  @Test
  void sentenceWithoutOpinionWordsIsNeutral() {
    assertEquals(0.0, score("Smith travelled to Ohio on Tuesday.", "Smith"));
  }

  @Test
  void negationFlipsPolarity() {
    double plain = score("Smith is honest.", "Smith");
    double negated = score("Smith is not honest.", "Smith");
    assertTrue(plain > 0 && negated < 0, plain + " then " + negated);
  }

  @Test
  void farAwayWordsWeighLess() {
    double near = score("Smith was terrible at the meeting in the town hall on Tuesday evening.", "Smith");
    double far = score("Smith was at the meeting in the town hall on Tuesday evening, a terrible one.", "Smith");
    assertTrue(near < far && far < 0, near + " vs " + far);
  }

  @Test
  void intensifierStrengthens() {
    assertTrue(score("Smith was very bad.", "Smith") < score("Smith was bad.", "Smith"));
  }

  @Test
  void wordsBeforeButWeighLess() {
    double contrasted = contribution("Smith is smart, but dishonest.", "Smith", "smart");
    double joined = contribution("Smith is smart, and dishonest.", "Smith", "smart");
    assertTrue(contrasted > 0 && contrasted < 0.6 * joined, contrasted + " vs " + joined);
  }

  @Test
  void accusedPartyIsTheTargetNotTheAccuser() {
    String s = "The SDF accused Russia of supporting ISIS.";
    double accuser = score(s, "SDF");
    double accused = score(s, "Russia");
    assertTrue(accused < -0.2, "Russia " + accused);
    assertTrue(score(s, "ISIS") < 0, "ISIS");
    assertTrue(Math.abs(accuser) < Math.abs(accused), "SDF " + accuser + " vs Russia " + accused);
  }

  @Test
  void passiveSubjectIsTheAccused() {
    assertTrue(score("Smith was accused of fraud by the SDF.", "Smith") < -0.3);
    assertEquals(0.0, score("Smith accused Jones of fraud.", "Smith"));
  }

  @Test
  void speakerIsDiscounted() {
    double speaker = contribution("Miller said: a horrible plan.", "Miller", "horrible");
    double subject = contribution("Miller made a horrible plan.", "Miller", "horrible");
    assertTrue(speaker < 0 && Math.abs(speaker) < 0.5 * Math.abs(subject), speaker + " vs " + subject);
  }

  @Test
  void scoresStayInRange() {
    double s = score("Smith is the worst, most evil, horrible, disgusting, hateful, vile liar ever.", "Smith");
    assertTrue(s >= -1 && s < -0.8, "got " + s);
  }

  @Test
  void explanationAddsUpToTheScoreAndNamesTheWords() {
    String s = "Smith is not honest.";
    Explanation e = scorer.explain(s, 0, 5);
    assertEquals(scorer.score(s, 0, 5), e.score(), 1e-12);
    assertEquals("honest", e.top(1).get(0).feature());
    assertTrue(e.top(1).get(0).value() < 0);
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(scorer);
    }
    SentimentScorer copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (SentimentScorer) in.readObject();
    }
    String s = "The corrupt Smith lied.";
    assertEquals(scorer.score(s, 12, 17), copy.score(s, 12, 17));
  }

  @Test
  void rejectsOffsetsOutsideTheSentence() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> scorer.score("Smith", 2, 9));
  }
}
