package org.actorpulse.sentiment;

/**
 * A word or punctuation mark of a sentence, lower-cased, with its character offsets in the sentence.
 *
 * @param text  the lower-cased text, typographic apostrophes folded to {@code '}
 * @param begin the first character, inclusive
 * @param end   one past the last character (exclusive)
 * @param capitalized whether the original word starts with an upper-case letter (a likely name)
 */
public record Token(String text, int begin, int end, boolean capitalized) {
  public Token {
    if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad token span [" + begin + ", " + end + ")");
  }

  /** Marks that separate clauses or asides: an opinion across one is less likely about the target. */
  public boolean isClauseBoundary() {
    // every mark is one character: a switch on the char spares hashing the string
    return text.length() == 1 && isClauseBoundary(text.charAt(0));
  }

  /** Whether a mark (a one-character token) is a clause boundary. */
  static boolean isClauseBoundary(char mark) {
    return switch (mark) {
      case ',', ';', ':', '(', ')', '"', '\u201c', '\u201d', '\u2014', '\u2013' -> true;
      default -> false;
    };
  }

  /** Punctuation tokens bound clauses: negation and intensifiers do not reach across them. */
  public boolean isPunctuation() {
    return !Character.isLetterOrDigit(text.charAt(0));
  }
}
