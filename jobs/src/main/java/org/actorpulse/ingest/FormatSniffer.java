package org.actorpulse.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses a file's format from its name and its first bytes. The extension decides when it is specific
 * ({@code .csv}, {@code .parquet}, {@code .warc}); the content decides between JSON lines and a JSON array,
 * and whenever the extension is missing or says nothing ({@code .txt}, {@code .dat}, no extension); a WARC
 * is recognised by its {@code WARC/1.0} or {@code WARC/1.1} first line too. Compression is detected from the
 * magic bytes, not the name. Stateless and thread-safe.
 */
public final class FormatSniffer {
  private FormatSniffer() {}

  private static final Pattern DATE_HEADER = Pattern.compile("(?i)^\\s*date\\s*[:=]?\\s*\\S+.*");

  public static boolean isGzip(byte[] head, int n) {
    return n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /** A WARC 1.0 or 1.1 record header (Common Crawl writes 1.0, newer crawlers 1.1). */
  public static boolean isWarc(byte[] head, int n) {
    return n >= 8 && new String(head, 0, 8, StandardCharsets.US_ASCII).matches("WARC/1\\.[01]");
  }

  public static boolean isParquet(byte[] head, int n) {
    return n >= 4 && head[0] == 'P' && head[1] == 'A' && head[2] == 'R' && head[3] == '1';
  }

  /** The extension that names the content: {@code a.jsonl.gz -> jsonl}; empty when none. */
  public static String contentExtension(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    for (String z : new String[] {".gz", ".gzip"}) {
      if (name.endsWith(z)) name = name.substring(0, name.length() - z.length());
    }
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1);
  }

  /** The format by name alone, or null when the content must decide. */
  public static InputFormat byName(String fileName) {
    return switch (contentExtension(fileName)) {
      case "parquet", "parq" -> InputFormat.PARQUET;
      case "csv", "tsv" -> InputFormat.CSV;
      case "warc" -> InputFormat.WARC;
      default -> null;
    };
  }

  /**
   * @param head the first (decompressed) bytes of the file
   * @param n    how many of them are valid
   */
  public static InputFormat detect(String fileName, byte[] head, int n) {
    if (isParquet(head, n)) return InputFormat.PARQUET;
    InputFormat byName = byName(fileName);
    if (byName != null) return byName;
    if (isWarc(head, n)) return InputFormat.WARC;
    String ext = contentExtension(fileName);
    String text = new String(head, 0, n, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    String trimmed = text.stripLeading();
    char first = trimmed.isEmpty() ? 0 : trimmed.charAt(0);
    if (first == '[') return InputFormat.JSON_ARRAY;
    if (first == '{') return InputFormat.JSON_LINES;
    if (ext.equals("json") || ext.equals("jsonl") || ext.equals("ndjson")) return InputFormat.JSON_LINES;
    int eol = trimmed.indexOf('\n');
    String firstLine = eol < 0 ? trimmed : trimmed.substring(0, eol);
    if (DATE_HEADER.matcher(firstLine).matches()) return InputFormat.SEED_TEXT;
    if (ext.equals("txt") || ext.equals("text")) return InputFormat.SEED_TEXT;
    if (looksLikeCsvHeader(firstLine)) return InputFormat.CSV;
    return InputFormat.UNKNOWN;
  }

  private static boolean looksLikeCsvHeader(String line) {
    if (line.indexOf(',') < 0) return false;
    FieldMapping m = FieldMapping.defaults();
    for (String name : line.split(",")) {
      String n = name.strip();
      if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) n = n.substring(1, n.length() - 1);
      if (m.slot(n) != null && m.slot(n).field() == Field.TEXT) return true;
    }
    return false;
  }
}
