package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-pass {@link Sentence} against the plain forms it replaces: the tokenizer, the lexicon, the word lists. */
class SentenceTest {
  private static final Path DEV = Path.of("../../shared/data/newsmtsc/dev.jsonl");
  private static final Path TRAIN = Path.of("../../shared/data/newsmtsc/train.jsonl");
  private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "who", "which", "that", "because",
      "although", "though", "whereas", "after", "before", "when", "if");

  /** Case, typographic apostrophes, non-ASCII letters whose lower case differs in length, marks, digits, joiners. */
  static final List<String> ODD = List.of(
      "The SDF DIDN\u2019T say \u201cISIS is DEFEATED\u201d \u2014 it said: no; never (not once).",
      "\u0130stanbul's mayor wasn't happy; \u00c9lys\u00e9e aides weren\u2019t either \u2013 \"bad\" 'deal'.",
      "rock- and-roll -- well-known 3.5% O'Neill isn\u2019T ':)' \uD83D\uDE00 ok \u2019 end\u2019",
      "ACCORDING to Russia, the U.S. was accused, and \"Turkey\" said \" nothing \" \u201d\u201c.",
      "   ", "", "N'T n't NT'T couldn\u2019t", "A\tB\nC\u00a0D\u2003E");

  @Test
  void tokensHashesValencesAndFlagsAreThePlainOnes() throws Exception {
    Lexicon lexicon = TestLexicons.LEXICON;
    WordTable table = new WordTable(lexicon);
    List<String> texts = new ArrayList<>(ODD);
    if (Files.isRegularFile(DEV)) LabeledTarget.readJsonl(DEV).forEach(t -> texts.add(t.sentence()));
    if (Files.isRegularFile(TRAIN)) LabeledTarget.readJsonl(TRAIN).forEach(t -> texts.add(t.sentence()));
    int tokens = 0;
    int flagged = 0;
    for (String text : texts) {
      Sentence s = new Sentence(text, table);
      List<Token> plain = Tokenizer.tokenize(text);
      assertEquals(plain, s.tokens(), text);
      assertEquals(plain.size(), s.size(), text);
      int quotes = 0;
      for (int i = 0; i < plain.size(); i++) {
        Token t = plain.get(i);
        String w = t.text();
        String where = text + " @" + i + " " + w;
        assertEquals(w, s.word(i), where);
        assertEquals(FeatureHash.token(w), s.hash[i], where);
        assertEquals(lexicon.valence(w), s.valence[i], where);
        assertEquals(t.isPunctuation(), s.is(i, Sentence.PUNCTUATION), where);
        assertEquals(t.isClauseBoundary() || w.equals(".") || CLAUSE_WORDS.contains(w), s.is(i, Sentence.EDGE),
            where);
        assertEquals(WordLists.isNegator(w), s.is(i, Sentence.NEGATOR), where);
        assertEquals(WordLists.SPEECH_VERBS.contains(w), s.is(i, Sentence.SPEECH), where);
        assertEquals(WordLists.DIRECTED_VERBS.contains(w), s.is(i, Sentence.DIRECTED), where);
        assertEquals(WordLists.PASSIVE_AUXILIARIES.contains(w), s.is(i, Sentence.PASSIVE_AUX), where);
        assertEquals(WordLists.ACCUSATIONS.contains(w), s.is(i, Sentence.ACCUSATION), where);
        assertEquals(w.equals("according"), s.is(i, Sentence.ACCORDING), where);
        assertEquals(w.equals(".") || w.equals(";"), s.is(i, Sentence.STOP), where);
        assertEquals(quotes, s.quotesBefore[i], where);
        if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d")) quotes++;
        if (s.valence[i] != 0) assertEquals(RuleBasedScorer.negated(plain, i), s.negated[i], where);
        if (s.flags[i] != 0) flagged++;
      }
      assertEquals(quotes, s.quotesBefore[plain.size()], text);
      tokens += plain.size();
    }
    assertTrue(tokens > 1000 || !Files.isRegularFile(DEV), "tokens " + tokens);
    assertTrue(flagged > 0);
  }

  @Test
  void locatesEveryCharacterSpanAsTargetSpanDoes() {
    WordTable table = new WordTable(TestLexicons.LEXICON);
    for (String text : ODD) {
      Sentence s = new Sentence(text, table);
      List<Token> plain = Tokenizer.tokenize(text);
      for (int b = 0; b < text.length(); b++) {
        for (int e = b + 1; e <= text.length(); e++) {
          assertEquals(TargetSpan.locate(plain, b, e), s.locate(b, e), text + " [" + b + ", " + e + ")");
        }
      }
    }
  }

  @Test
  void aClauseRunsBetweenEdgesAndAnEdgeAtTheSpanItselfDoesNotCount() {
    Sentence s = new Sentence("Russia said that the SDF attacked , and ISIS fled", new WordTable(TestLexicons.LEXICON));
    // 0 Russia 1 said 2 that 3 the 4 SDF 5 attacked 6 , 7 and 8 ISIS 9 fled
    assertEquals(3, s.clauseStart(4));
    assertEquals(5, s.clauseEnd(4));
    assertEquals(0, s.clauseStart(1));
    assertEquals(1, s.clauseEnd(1));
    assertEquals(8, s.clauseStart(8));
    assertEquals(9, s.clauseEnd(9));
    assertEquals(7, s.clauseStart(7), "\"and\" itself opens the clause");
    assertEquals(0, s.clauseStart(0));
  }
}
