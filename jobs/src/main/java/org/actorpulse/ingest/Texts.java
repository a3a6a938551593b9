package org.actorpulse.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Text clean-up and the keys derived from text. Stateless and thread-safe.
 *
 * <p>Encoding policy: invalid UTF-8 byte sequences were already replaced by U+FFFD when the bytes were
 * decoded (the records are kept, not rejected: scraped news often holds a stray bad byte); here NUL and the
 * other C0 control characters except tab, line feed and carriage return are removed.
 */
public final class Texts {
  private Texts() {}

  /** Removes NUL and other C0 controls (keeps \t \n \r) and trims; null stays null. */
  public static String clean(String s) {
    if (s == null) return null;
    int n = s.length();
    int i = 0;
    while (i < n && !isDropped(s.charAt(i))) i++;
    if (i == n) return s.strip();
    StringBuilder b = new StringBuilder(n);
    b.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (!isDropped(c)) b.append(c);
    }
    return b.toString().strip();
  }

  private static boolean isDropped(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  /** Null for null or blank, else the cleaned value. */
  public static String emptyToNull(String s) {
    String c = clean(s);
    return c == null || c.isEmpty() ? null : c;
  }

  /**
   * The form two texts must share to be exact duplicates: Unicode NFC, each code point lower-cased on its
   * own ({@link Character#toLowerCase(int)}), every run of white space (including no-break spaces)
   * collapsed to one space, trimmed.
   */
  public static String normalise(String text) {
    return new TextKeyer().normalise(text);
  }

  /** The duplicate key of a text: the first 128 bits of SHA-256 of {@link #normalise}, as 32 hex chars. */
  public static String dedupKey(String text) {
    return new TextKeyer().key(text, 32);
  }

  /** The first {@code hexChars} hex characters of SHA-256 over the UTF-8 bytes of {@code s}. */
  public static String sha256Hex(String s, int hexChars) {
    return TextKeyer.hex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)), hexChars);
  }

  /** Cuts to at most {@code maxChars} chars without splitting a surrogate pair. */
  public static String cut(String s, int maxChars) {
    if (s.length() <= maxChars) return s;
    int end = maxChars;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) end--;
    return s.substring(0, end);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
