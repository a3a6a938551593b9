package org.actorpulse.text;

/** Token counting for throughput and length figures: a token is a maximal run of letters or digits. */
public final class Tokens {
  private Tokens() {}

  public static int count(CharSequence text, int begin, int end) {
    int n = 0;
    boolean inToken = false;
    for (int i = begin; i < end; i++) {
      boolean word = Character.isLetterOrDigit(text.charAt(i));
      if (word && !inToken) n++;
      inToken = word;
    }
    return n;
  }
}
