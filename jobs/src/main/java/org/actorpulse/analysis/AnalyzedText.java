package org.actorpulse.analysis;

import java.util.List;
import org.actorpulse.text.Span;

/** What an {@link AnalysisEngine} makes of one text: its sentences, its token count, and its actor mentions. */
public record AnalyzedText(List<Span> sentences, int tokens, List<TextMention> mentions) {
  public AnalyzedText {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    if (tokens < 0) throw new IllegalArgumentException("negative token count");
  }
}
