package org.actorpulse.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: fields separated by a delimiter, optionally in double quotes, a doubled quote
 * inside quotes for a quote, quoted fields spanning lines; records end at an unquoted LF, CRLF or CR. Keeps
 * each record's first line number and raw text (for rejects). Lines with nothing on them are skipped. Not
 * thread-safe.
 */
final class CsvParser {
  /** One record: its fields, the 1-based line it starts on, its raw text, and whether a quote was left open. */
  record CsvRecord(List<String> fields, long line, String raw, boolean unterminated) {}

  private final Reader in;
  private final char delimiter;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private long line = 1;
  private final StringBuilder raw = new StringBuilder();
  private final StringBuilder field = new StringBuilder();

  CsvParser(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  private int read() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    char c = buf[pos++];
    raw.append(c);
    if (c == '\n') line++;
    return c;
  }

  private int peek() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos];
  }

  /** The next record, or null at the end of input. */
  CsvRecord next() throws IOException {
    while (true) {
      raw.setLength(0);
      long start = line;
      List<String> fields = new ArrayList<>();
      field.setLength(0);
      boolean quoted = false;
      boolean inQuotes = false;
      boolean any = false;
      int c;
      while (true) {
        c = read();
        if (c < 0) break;
        any = true;
        if (inQuotes) {
          if (c == '"') {
            if (peek() == '"') {
              read();
              field.append('"');
            } else {
              inQuotes = false;
            }
          } else {
            field.append((char) c);
          }
        } else if (c == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
          quoted = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && peek() == '\n') read();
          if (c == '\r') line = (raw.charAt(raw.length() - 1) == '\n') ? line : line + 1;
          break;
        } else if (c == '"' && field.length() == 0 && !quoted) {
          inQuotes = true;
          quoted = true;
        } else {
          field.append((char) c);
        }
      }
      if (!any) return null;
      fields.add(field.toString());
      String r = stripLineEnd(raw);
      if (fields.size() == 1 && fields.get(0).isBlank() && !quoted && !inQuotes) {
        if (c < 0) return null;
        continue; // an empty line is not a record
      }
      return new CsvRecord(fields, start, r, inQuotes);
    }
  }

  private static String stripLineEnd(StringBuilder b) {
    int end = b.length();
    while (end > 0 && (b.charAt(end - 1) == '\n' || b.charAt(end - 1) == '\r')) end--;
    return b.substring(0, end);
  }
}
