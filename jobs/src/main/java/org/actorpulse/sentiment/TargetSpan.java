package org.actorpulse.sentiment;

import java.util.List;

/**
 * The tokens a target covers: {@code first} and {@code last} are inclusive token indexes. A target whose
 * characters fall between tokens (whitespace) is pinned to the next token, so a scorer never fails on odd offsets.
 */
public record TargetSpan(int first, int last) {
  public static TargetSpan locate(List<Token> tokens, int begin, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.begin() < end && t.end() > begin) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first >= 0) return new TargetSpan(first, last);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() >= begin) return new TargetSpan(i, i);
    }
    int lastIndex = Math.max(0, tokens.size() - 1);
    return new TargetSpan(lastIndex, lastIndex);
  }

  public boolean contains(int i) {
    return i >= first && i <= last;
  }

  /** Tokens between {@code i} and the target, plus one: 1 for a neighbour, 0 inside the target. */
  public int distance(int i) {
    if (i < first) return first - i;
    if (i > last) return i - last;
    return 0;
  }

  static void checkOffsets(String sentence, int begin, int end) {
    if (begin < 0 || end > sentence.length() || begin >= end) {
      throw new IllegalArgumentException("target [" + begin + ", " + end + ") outside sentence of length "
          + sentence.length());
    }
  }
}
