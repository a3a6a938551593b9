package org.actorpulse.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.actorpulse.text.Tokens;

/**
 * Splits a sentence into words (letters and digits, with inner apostrophes and hyphens, so {@code don't} and
 * {@code well-known} stay one token) and single punctuation marks. Hand-written rather than a regex because it
 * runs once per mention over millions of sentences. Stateless and thread-safe.
 */
public final class Tokenizer {
  private Tokenizer() {
  }

  public static List<Token> tokenize(String sentence) {
    List<Token> tokens = new ArrayList<>(Math.max(8, sentence.length() / 5));
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      char c = sentence.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Tokens.isWordChar(c)) {
        int start = i;
        i = wordEnd(sentence, i);
        tokens.add(new Token(normalise(sentence, start, i), start, i, Character.isUpperCase(c)));
      } else {
        tokens.add(new Token(c == '\u2019' ? "'" : String.valueOf(c), i, i + 1, false));
        i++;
      }
    }
    return tokens;
  }

  /**
   * Where the word starting at {@code start} (a letter or digit) ends: letters and digits, and a joiner between two
   * of them. The one rule of what a word is, for the tokens here and for {@link Sentence}'s.
   */
  static int wordEnd(String s, int start) {
    int n = s.length();
    int i = start + 1;
    while (i < n) {
      char d = s.charAt(i);
      if (Tokens.isWordChar(d)) {
        i++;
      } else if (isJoiner(d) && i + 1 < n && Tokens.isWordChar(s.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-';
  }

  static String normalise(String s, int begin, int end) {
    // most words are ASCII: lower-case them in one copy instead of a substring and then a lower-cased copy of it
    boolean upper = false;
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 128) return normaliseAny(s, begin, end);
      upper |= c >= 'A' && c <= 'Z';
    }
    if (!upper) return s.substring(begin, end);
    byte[] ascii = new byte[end - begin];
    for (int i = begin; i < end; i++) {
      char c = s.charAt(i);
      ascii[i - begin] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return new String(ascii, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String normaliseAny(String s, int begin, int end) {
    String word = s.substring(begin, end).toLowerCase(java.util.Locale.ROOT);
    return word.indexOf('\u2019') >= 0 ? word.replace('\u2019', '\'') : word;
  }
}
