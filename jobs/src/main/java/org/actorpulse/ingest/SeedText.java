package org.actorpulse.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text article layout of the seed data: a header block whose first line is {@code date
 * 2017-09-25} followed by scraping leftovers ({@code Donate}), a blank line, then the body. One article per
 * file; its id is the file name without extensions. The header block is every line before the first blank
 * line; its first {@code date <value>} line gives the date. Stateless and thread-safe.
 */
public final class SeedText {
  private SeedText() {}

  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0]*\n");
  private static final Pattern DATE_LINE = Pattern.compile("(?i)^\\s*date\\s*[:=]?\\s*(\\S+).*$");

  /** A parsed file: the date as written (null if no date line) and the body (may be empty). */
  public record Parsed(String date, String body) {}

  public static Parsed parse(String content) {
    String s = content.replace("\r\n", "\n").replace('\r', '\n');
    if (s.startsWith("\uFEFF")) s = s.substring(1);
    s = s.stripLeading();
    Matcher gap = BLANK_LINE.matcher(s);
    boolean hasGap = gap.find();
    String header = hasGap ? s.substring(0, gap.start()) : firstLine(s);
    String body = hasGap ? s.substring(gap.end()) : s.substring(header.length());
    String date = null;
    for (String line : header.split("\n")) {
      Matcher m = DATE_LINE.matcher(line);
      if (m.matches()) {
        date = m.group(1);
        break;
      }
    }
    if (date == null) body = s; // no header: the whole file is text (and the record lacks a date)
    return new Parsed(date, body.strip());
  }

  /** The article id of a seed file: its name without directories and extensions ({@code .txt}, {@code .gz}). */
  public static String idFromFileName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (String ext : new String[] {".gz", ".gzip", ".txt", ".text"}) {
      if (name.toLowerCase(java.util.Locale.ROOT).endsWith(ext) && name.length() > ext.length()) {
        name = name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  private static String firstLine(String s) {
    int eol = s.indexOf('\n');
    return eol < 0 ? s : s.substring(0, eol);
  }
}
