package org.actorpulse.dictionary;

/**
 * Folds a text for phrase search without moving any offset: every char maps to exactly one char, so an
 * occurrence found at {@code [begin, end)} of the folded text is at {@code [begin, end)} of the original.
 *
 * <p>Curly apostrophes become {@code '}, curly double quotes {@code "}, hyphen variants (U+2010-2013, minus,
 * small and full-width hyphen) {@code -}, and every white space char (tab, newline, no-break space) a plain
 * space. Case folding is per char
 * ({@link Character#toLowerCase(char)}), never {@link String#toLowerCase()}, which can change the length
 * ({@code İ}). Stateless and thread-safe.
 */
public final class TextFolding {
  private TextFolding() {}

  /**
   * {@link #foldForSearch(char)} of the ASCII chars: news text is mostly ASCII, and this spares three Unicode
   * property lookups per char (the fold was a fifth of the fast engine's time without sentiment).
   */
  private static final char[] ASCII_SEARCH = new char[128];

  static {
    for (char c = 0; c < 128; c++) ASCII_SEARCH[c] = Character.toLowerCase(foldPunctuation(c));
  }

  /** Punctuation and space unified, then lower-cased: what candidate finders search in. */
  public static String foldForSearch(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c < 128 ? ASCII_SEARCH[c] : foldForSearch(c);
    }
    return new String(out);
  }

  /** Punctuation and space unified, case kept: how case-sensitive aliases (acronyms) are compared. */
  public static String foldPunctuation(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) out[i] = foldPunctuation(text.charAt(i));
    return new String(out);
  }

  public static char foldForSearch(char c) {
    return Character.toLowerCase(foldPunctuation(c));
  }

  public static char foldPunctuation(char c) {
    switch (c) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u02BC': case '\u2032': case '\u00B4':
      case '`':
        return '\'';
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
        return '"';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2212': case '\uFE63': case '\uFF0D':
        return '-';
      default:
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
    }
  }
}
