package org.actorpulse.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Wraps a decompressing stream so that corrupt or truncated data ends the stream instead of throwing, and is
 * reported afterwards by {@link #failure()}. Without it the buffers above (BufferedInputStream, the UTF-8
 * decoder, BufferedReader) lose the bytes they had already decompressed in the call that failed: a .gz cut
 * in the middle would yield nothing instead of the records before the cut. Not thread-safe.
 */
final class SalvagingInputStream extends FilterInputStream {
  private IOException failure;

  SalvagingInputStream(InputStream in) {
    super(in);
  }

  /** The corruption that ended the stream, or null if it ended cleanly (or has not ended). */
  IOException failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    if (failure != null) return -1;
    try {
      return super.read();
    } catch (EOFException | ZipException e) {
      failure = e;
      return -1;
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (failure != null) return -1;
    try {
      return super.read(b, off, len);
    } catch (EOFException | ZipException e) {
      failure = e;
      return -1;
    }
  }

  @Override
  public int available() throws IOException {
    return failure != null ? 0 : super.available();
  }
}
