package org.actorpulse.corpus;

/** Appends JSON string literals; hand-written because the generator writes tens of MB a second. */
final class JsonText {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** Appends {@code "name":"value"} (value escaped; null becomes JSON null). */
  static StringBuilder field(StringBuilder out, String name, String value) {
    out.append('"').append(name).append("\":");
    return value == null ? out.append("null") : string(out, value);
  }

  static StringBuilder string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            // Control characters must be escaped; the line separators too, as some JSON Lines readers split on them.
            out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
