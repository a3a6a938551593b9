package org.actorpulse.report;

/**
 * Escaping for text and attribute values. Actor names come from user dictionaries and inputs from file names, so
 * every string written into the page goes through here. The output is also well-formed XML, which the tests use
 * to parse the page.
 */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters other than tab and newlines are not allowed in XML 1.0: drop them.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** Cuts a label to {@code max} characters with an ellipsis; the full text belongs in a tooltip. */
  public static String cut(String s, int max) {
    if (s.length() <= max) return s;
    int end = max - 1;
    // Never split a surrogate pair.
    if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
    return s.substring(0, end) + "…";
  }
}
