package org.actorpulse.ingest;

import java.util.Locale;

/**
 * The {@code source} of an article: the record's source field, else the host of its URL; lower case,
 * trimmed, without a leading {@code www.}, {@code m.} or {@code amp.}; else {@link #UNKNOWN}. A source field
 * that is itself a URL or a host name ({@code https://www.BBC.co.uk/news}, {@code www.bbc.co.uk}) is reduced
 * to its host the same way. Stateless and thread-safe.
 */
public final class Sources {
  private Sources() {}

  public static final String UNKNOWN = "unknown";
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  public static String normalise(String source, String url) {
    String s = source == null ? "" : SPACES.matcher(source.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (!s.isEmpty()) {
      if (s.contains("://")) {
        String h = host(s);
        if (h != null) return h;
      }
      return s.indexOf(' ') < 0 && s.indexOf('.') > 0 ? stripPrefixes(s) : s;
    }
    String h = url == null ? null : host(url.strip().toLowerCase(Locale.ROOT));
    return h == null ? UNKNOWN : h;
  }

  /** The host of a URL (scheme optional), without port, user info or the usual prefixes; null if none. */
  static String host(String url) {
    int start = url.indexOf("://");
    start = start < 0 ? (url.startsWith("//") ? 2 : 0) : start + 3;
    int end = url.length();
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    if (at >= 0) authority = authority.substring(at + 1);
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && authority.indexOf(']') < colon) authority = authority.substring(0, colon);
    while (authority.endsWith(".")) authority = authority.substring(0, authority.length() - 1);
    if (authority.isEmpty() || authority.indexOf('.') < 0 && !authority.equals("localhost")) return null;
    if (!authority.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_'
        || c == '[' || c == ']' || c == ':')) return null;
    return stripPrefixes(authority);
  }

  private static String stripPrefixes(String host) {
    String h = host;
    boolean again = true;
    while (again) {
      again = false;
      for (String p : new String[] {"www.", "m.", "amp."}) {
        if (h.startsWith(p) && h.length() > p.length() && h.indexOf('.', p.length()) > 0) {
          h = h.substring(p.length());
          again = true;
        }
      }
    }
    return h;
  }
}
