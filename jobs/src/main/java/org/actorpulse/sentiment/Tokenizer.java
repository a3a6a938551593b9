package org.actorpulse.sentiment;

import java.util.ArrayList;
import java.util.List;

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
      } else if (Character.isLetterOrDigit(c)) {
        int start = i;
        i++;
        while (i < n) {
          char d = sentence.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            i++;
          } else if (isJoiner(d) && i + 1 < n && Character.isLetterOrDigit(sentence.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        tokens.add(new Token(normalise(sentence, start, i), start, i, Character.isUpperCase(c)));
      } else {
        tokens.add(new Token(c == '\u2019' ? "'" : String.valueOf(c), i, i + 1, false));
        i++;
      }
    }
    return tokens;
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
