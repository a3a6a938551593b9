package org.actorpulse.sentiment;

/**
 * A word or punctuation mark of a sentence, lower-cased, with its character offsets in the sentence.
 *
 * @param text  the lower-cased text, typographic apostrophes folded to {@code '}
 * @param begin the first character, inclusive
 * @param end   one past the last character (exclusive)
 */
public record Token(String text, int begin, int end) {
  public Token {
    if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad token span [" + begin + ", " + end + ")");
  }

  /** Punctuation tokens bound clauses: negation and intensifiers do not reach across them. */
  public boolean isPunctuation() {
    return !Character.isLetterOrDigit(text.charAt(0));
  }
}
