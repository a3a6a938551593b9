package org.actorpulse.text;

/** Token counting for throughput and length figures: a token is a maximal run of letters or digits. */
public final class Tokens {
  /** {@link Character#isLetterOrDigit} of the ASCII chars: this runs over every char of every article. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) ASCII_WORD[c] = Character.isLetterOrDigit(c);
  }

  private Tokens() {}

  public static int count(CharSequence text, int begin, int end) {
    int n = 0;
    boolean inToken = false;
    for (int i = begin; i < end; i++) {
      boolean word = isWordChar(text.charAt(i));
      if (word && !inToken) n++;
      inToken = word;
    }
    return n;
  }

  /** {@link Character#isLetterOrDigit}, the ASCII chars from a table. */
  public static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
  }
}
