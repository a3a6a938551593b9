package org.actorpulse.analysis;

import java.util.List;
import org.actorpulse.text.Span;

/**
 * What an {@link AnalysisEngine} makes of one text: its sentences, its token count, and its actor mentions; and
 * the nanoseconds it spent scoring their sentiment, so a run can say what scoring costs (0 when not measured).
 */
public record AnalyzedText(List<Span> sentences, int tokens, List<TextMention> mentions, long scoringNanos) {
  public AnalyzedText(List<Span> sentences, int tokens, List<TextMention> mentions) {
    this(sentences, tokens, mentions, 0);
  }

  public AnalyzedText {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    if (tokens < 0) throw new IllegalArgumentException("negative token count");
  }
}
