package org.actorpulse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSentenceSplitterTest {
  private final SentenceSplitter splitter = new RuleSentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtFullStopBeforeCapital() {
    assertEquals(List.of("The SDF advanced.", "ISIS withdrew."), sentences("The SDF advanced. ISIS withdrew."));
  }

  @Test
  void abbreviationsAndInitialsDoNotEndASentence() {
    assertEquals(List.of("Lt. Gen. Valery Asapov met U.S. envoys and J. Smith in Deir Ezzor."),
        sentences("Lt. Gen. Valery Asapov met U.S. envoys and J. Smith in Deir Ezzor."));
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertEquals(List.of("He said “we will defend.”", "Russia denied it."),
        sentences("He said “we will defend.” Russia denied it."));
  }

  @Test
  void blankLineEndsAParagraphWithoutPunctuation() {
    assertEquals(List.of("A headline", "Body text here."), sentences("A headline\n\nBody text here."));
  }

  @Test
  void lowerCaseAfterPeriodIsNotASentenceStart() {
    assertEquals(List.of("Prices rose 3.5 per cent. in May."), sentences("Prices rose 3.5 per cent. in May."));
  }

  @Test
  void spansAreTrimmedAndCoverTheText() {
    String text = "  One here!  Two there?\n";
    List<Span> spans = splitter.split(text);
    assertEquals(List.of(new Span(2, 11), new Span(13, 23)), spans);
  }

  @Test
  void tokensCountWordRuns() {
    assertEquals(6, Tokens.count("Russia's pro-SDF media, 2017.", 0, 29));
  }
}
