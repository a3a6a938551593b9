package org.actorpulse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A fast rule-based sentence splitter for news prose: a sentence ends at {@code . ! ?} (with any closing quotes
 * or brackets) followed by white space and a plausible sentence start, or at a blank line. Known abbreviations
 * ({@code Lt.}, {@code U.S.}) and single-letter initials do not end a sentence. One pass, no regex.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
      "gov", "sen", "rep", "pres", "rev", "hon", "amb", "brig", "cmdr", "co", "corp", "inc", "ltd", "no", "vs",
      "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "mt", "ft");

  @Override
  public List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && isBlankLineAt(text, i)) {
        add(out, text, start, i);
        start = i + 1;
      } else if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < n && isTerminal(text.charAt(end))) end++;
        while (end < n && isCloser(text.charAt(end))) end++;
        if (end < n && Character.isWhitespace(text.charAt(end)) && startsSentence(text, end)
            && !(c == '.' && isAbbreviationBefore(text, i))) {
          add(out, text, start, end);
          start = end;
        }
        i = end;
        continue;
      }
      i++;
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
  }

  private static boolean isBlankLineAt(String text, int newline) {
    for (int j = newline + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') return true;
      if (!Character.isWhitespace(c)) return false;
    }
    return false;
  }

  private static boolean startsSentence(String text, int from) {
    int j = from;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
    if (j >= text.length()) return true;
    char c = text.charAt(j);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\''
        || c == '\u2018' || c == '(' || c == '[' || c == '\u00AB' || c == '-' || c == '\u2014';
  }

  /** Whether the word ending at the period at {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviationBefore(String text, int dot) {
    int j = dot;
    while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) j--;
    String word = text.substring(j, dot);
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static void add(List<Span> out, String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end > begin) out.add(new Span(begin, end));
  }
}
