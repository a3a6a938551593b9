package org.actorpulse.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads LF-terminated lines as UTF-8 (a trailing CR is dropped; invalid bytes become U+FFFD) while tracking
 * byte offsets, so that a large file can be read in byte ranges by several tasks: the range
 * {@code [start, end)} owns the lines that begin inside it, as Hadoop's line reader does. Not thread-safe.
 */
final class ByteLineReader implements Closeable {
  private final InputStream in;
  private final long end;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;
  private long offset; // absolute offset of buf[0]
  private byte[] line = new byte[1 << 12];

  /**
   * @param in    positioned at {@code start}
   * @param start absolute offset of {@code in}'s position; unless 0, the line in progress there is skipped
   *              (it belongs to the previous range): pass a stream positioned at {@code start - 1} and
   *              {@code start - 1} here, then call {@link #skipPartialLine()}
   * @param end   lines starting at or after this offset are left to the next range; Long.MAX_VALUE for all
   */
  ByteLineReader(InputStream in, long start, long end) {
    this.in = in;
    this.offset = start;
    this.end = end;
  }

  /** Skips to just after the next LF (the line it ends belongs to the previous range). */
  void skipPartialLine() throws IOException {
    while (true) {
      if (pos == len && !fill()) return;
      for (int i = pos; i < len; i++) {
        if (buf[i] == '\n') {
          pos = i + 1;
          return;
        }
      }
      pos = len;
    }
  }

  /** Absolute offset of the next line's first byte. */
  long position() {
    return offset + pos;
  }

  /** The next line, or null at the end of the input or of the range. */
  String readLine() throws IOException {
    if (position() >= end) return null;
    if (pos == len && !fill()) return null;
    int n = 0;
    while (true) {
      int i = pos;
      while (i < len && buf[i] != '\n') i++;
      int chunk = i - pos;
      if (n + chunk > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, n + chunk));
      System.arraycopy(buf, pos, line, n, chunk);
      n += chunk;
      if (i < len) {
        pos = i + 1;
        break;
      }
      pos = len;
      if (!fill()) break;
    }
    if (n > 0 && line[n - 1] == '\r') n--;
    return new String(line, 0, n, StandardCharsets.UTF_8);
  }

  private boolean fill() throws IOException {
    offset += len;
    pos = 0;
    len = 0;
    int r = in.read(buf, 0, buf.length);
    if (r <= 0) return false;
    len = r;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * How many lines begin in the range {@code [start, end)} of a stream positioned at {@code max(0, start-1)}:
   * the line starts after each LF at offsets {@code [start-1, end-1)}, plus the one at 0 for the first range.
   */
  static long countLineStarts(InputStream in, long start, long end) throws IOException {
    long count = start == 0 ? 1 : 0;
    long at = start == 0 ? 0 : start - 1;
    long stop = end - 1;
    byte[] b = new byte[1 << 16];
    while (at < stop) {
      int r = in.read(b, 0, (int) Math.min(b.length, stop - at));
      if (r <= 0) break;
      for (int i = 0; i < r; i++) if (b[i] == '\n') count++;
      at += r;
    }
    return count;
  }
}
