package org.actorpulse.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.actorpulse.text.Tokens;

/**
 * A sentence tokenized for the model's features, with what every target in it shares: token offsets, their
 * {@link FeatureHash#token} hashes, valences, negation, and flags (the word lists a token is on, whether it ends a
 * clause, ...). Build one per sentence, use it for all its targets.
 *
 * <p>The tokens are exactly {@link Tokenizer#tokenize}'s (the same {@link Tokenizer#wordEnd}), but made without a
 * string per token: an ASCII word's hash is computed from its characters lower-cased on the fly, and each token costs one
 * probe into the {@link WordTable} for its valence and flags. A word's text is made only when asked for
 * ({@link #word}: feature names, explanations), and the {@link Token} list only for the rules. On news sentences
 * this took tokenizing and preparing from about 100 to 57 ns per token (one thread, sentences of a generated corpus).
 */
final class Sentence {
  /** Flag bits. The first group comes from the {@link WordTable}, the rest from the token's characters. */
  static final int NEGATOR = 1, SPEECH = 1 << 1, DIRECTED = 1 << 2, PASSIVE_AUX = 1 << 3, ACCUSATION = 1 << 4,
      ACCORDING = 1 << 5, EDGE = 1 << 6, PUNCTUATION = 1 << 7, STOP = 1 << 8, QUOTE = 1 << 9, CAPITALIZED = 1 << 10;

  final String text;
  final int[] begin;
  final int[] end;
  final long[] hash;
  final int[] flags;
  final float[] valence;
  final boolean[] negated;
  /** The tokens with a valence, in order: the lexicon features visit only these. */
  final int[] opinions;
  /** Quote marks among the tokens before token i; {@code quotesBefore[n]} counts all. */
  final int[] quotesBefore;
  private final int n;
  private final String[] words;
  private List<Token> tokens;

  Sentence(String text, WordTable table) {
    this.text = text;
    int capacity = Math.max(8, text.length() / 3 + 1);
    int[] b = new int[capacity];
    int[] e = new int[capacity];
    long[] h = new long[capacity];
    int[] f = new int[capacity];
    float[] v = new float[capacity];
    String[] w = new String[capacity];
    int count = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (count == b.length) {
        int grown = b.length * 2;
        b = java.util.Arrays.copyOf(b, grown);
        e = java.util.Arrays.copyOf(e, grown);
        h = java.util.Arrays.copyOf(h, grown);
        f = java.util.Arrays.copyOf(f, grown);
        v = java.util.Arrays.copyOf(v, grown);
        w = java.util.Arrays.copyOf(w, grown);
      }
      int start = i;
      if (Tokens.isWordChar(c)) {
        i = Tokenizer.wordEnd(text, start);
        boolean ascii = true;
        long fnv = FeatureHash.TOKEN_START;
        for (int k = start; k < i; k++) {
          char d = text.charAt(k);
          ascii &= d < 128;
          fnv = FeatureHash.tokenStep(fnv, d >= 'A' && d <= 'Z' ? (char) (d + ('a' - 'A')) : d);
        }
        String word = null;
        if (!ascii) {
          word = Tokenizer.normalise(text, start, i);
          fnv = FeatureHash.token(word);
          w[count] = word;
        }
        long entry = table.find(fnv);
        h[count] = fnv;
        v[count] = WordTable.valence(entry);
        f[count] = WordTable.flags(entry) | (Character.isUpperCase(c) ? CAPITALIZED : 0)
            | (endsWithNt(text, start, i, word) ? NEGATOR : 0);
      } else {
        // a lone mark's text is the mark, a typographic apostrophe folded
        char mark = c == '\u2019' ? '\'' : c;
        long fnv = FeatureHash.tokenStep(FeatureHash.TOKEN_START, mark);
        long entry = table.find(fnv);
        h[count] = fnv;
        v[count] = WordTable.valence(entry);
        f[count] = PUNCTUATION | markFlags(mark) | WordTable.flags(entry);
        i++;
      }
      b[count] = start;
      e[count] = i;
      count++;
    }
    n = count;
    begin = b;
    end = e;
    hash = h;
    flags = f;
    valence = v;
    words = w;
    negated = new boolean[n];
    int opinionCount = 0;
    for (int t = 0; t < n; t++) {
      if (v[t] != 0) {
        negated[t] = isNegated(t);
        opinionCount++;
      }
    }
    opinions = new int[opinionCount];
    quotesBefore = new int[n + 1];
    opinionCount = 0;
    for (int t = 0; t < n; t++) {
      if (v[t] != 0) opinions[opinionCount++] = t;
      quotesBefore[t + 1] = quotesBefore[t] + ((f[t] & QUOTE) != 0 ? 1 : 0);
    }
  }

  /** {@link WordLists#isNegator}'s suffix test: "n't" ends the word. */
  private static boolean endsWithNt(String text, int begin, int end, String word) {
    if (word != null) return word.endsWith("n't");
    return end - begin >= 3 && (text.charAt(end - 3) | 0x20) == 'n' && text.charAt(end - 2) == '\''
        && (text.charAt(end - 1) | 0x20) == 't';
  }

  /** A mark's flags: clause edges are {@link Token#isClauseBoundary}'s marks and "."; the roles stop at "." and ";". */
  private static int markFlags(char mark) {
    return (Token.isClauseBoundary(mark) || mark == '.' ? EDGE : 0) | (mark == '.' || mark == ';' ? STOP : 0)
        | (mark == '"' || mark == '\u201c' || mark == '\u201d' ? QUOTE : 0);
  }

  /** {@link RuleBasedScorer#negated}: a negator within three tokens before, with no mark in between. */
  private boolean isNegated(int t) {
    for (int j = t - 1; j >= Math.max(0, t - RuleBasedScorer.NEGATION_REACH); j--) {
      if ((flags[j] & PUNCTUATION) != 0) return false;
      if ((flags[j] & NEGATOR) != 0) return true;
    }
    return false;
  }

  int size() {
    return n;
  }

  boolean is(int t, int flag) {
    return (flags[t] & flag) != 0;
  }

  /** The token's text as {@link Tokenizer} gives it. */
  String word(int t) {
    String w = words[t];
    if (w == null) {
      char c = text.charAt(begin[t]);
      w = is(t, PUNCTUATION) ? String.valueOf(c == '\u2019' ? '\'' : c) : Tokenizer.normalise(text, begin[t], end[t]);
      words[t] = w;
    }
    return w;
  }

  /** The tokens, for the rules. */
  List<Token> tokens() {
    if (tokens == null) {
      List<Token> list = new ArrayList<>(n);
      for (int t = 0; t < n; t++) list.add(new Token(word(t), begin[t], end[t], is(t, CAPITALIZED)));
      tokens = list;
    }
    return tokens;
  }

  /**
   * The first token of the clause holding token {@code first}: the one after the nearest clause edge before it (a
   * boundary mark or a clause-opening word), or 0. An edge at {@code first} itself does not count.
   */
  int clauseStart(int first) {
    int from = first;
    while (from > 0 && (flags[from - 1] & EDGE) == 0) from--;
    return from;
  }

  /** The last token of the clause holding token {@code last}: the one before the nearest clause edge after it. */
  int clauseEnd(int last) {
    int to = last;
    while (to + 1 < n && (flags[to + 1] & EDGE) == 0) to++;
    return to;
  }

  /** {@link TargetSpan#locate} over these tokens. */
  TargetSpan locate(int from, int to) {
    TargetSpan.checkOffsets(text, from, to);
    int first = -1;
    int last = -1;
    for (int t = 0; t < n; t++) {
      if (begin[t] < to && end[t] > from) {
        if (first < 0) first = t;
        last = t;
      } else if (begin[t] >= to) {
        break;
      }
    }
    if (first >= 0) return new TargetSpan(first, last);
    for (int t = 0; t < n; t++) {
      if (begin[t] >= from) return new TargetSpan(t, t);
    }
    int lastIndex = Math.max(0, n - 1);
    return new TargetSpan(lastIndex, lastIndex);
  }
}
