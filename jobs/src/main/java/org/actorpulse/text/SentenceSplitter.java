package org.actorpulse.text;

import java.util.List;

/** Splits a text into sentences. Implementations are stateless and safe to share across threads. */
public interface SentenceSplitter {
  /** Sentence spans in text order, covering every non-blank part of the text, trimmed of white space. */
  List<Span> split(String text);
}
