package org.actorpulse.ingest;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;

/**
 * The records of one file, read lazily (a file may hold millions). A compressed stream that breaks off or is
 * corrupt ends the file with one {@code gzip:corrupt} reject after the records read so far; any other I/O
 * error is thrown (as {@link UncheckedIOException}) so that Spark retries the task. Closes the file when
 * exhausted. Not thread-safe.
 */
public abstract class RecordIterator implements Iterator<ParsedRecord>, Closeable {
  protected final String inputFile;
  private final boolean compressed;
  private final Closeable resource;
  private SalvagingInputStream salvage;
  private ParsedRecord pending;
  private boolean done;

  protected RecordIterator(String inputFile, boolean compressed, Closeable resource) {
    this.inputFile = inputFile;
    this.compressed = compressed;
    this.resource = resource;
  }

  /** Reports a corrupt compressed stream that ended early as one last reject. */
  final RecordIterator salvaging(SalvagingInputStream s) {
    this.salvage = s;
    return this;
  }

  /** The next record, or null at the end of the file. */
  protected abstract ParsedRecord read() throws IOException;

  /** The line where reading stands, for the reject of a broken stream. */
  protected abstract long currentLine();

  @Override
  public final boolean hasNext() {
    if (pending == null && !done) {
      try {
        pending = read();
      } catch (ZipException | EOFException e) {
        if (!compressed) throw new UncheckedIOException("reading " + inputFile, e);
        pending = ParsedRecord.reject("corrupt or truncated compressed data: " + e.getMessage(),
            Reasons.GZIP_CORRUPT, inputFile, currentLine());
        done = true;
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + inputFile, e);
      }
      if (pending == null && salvage != null && salvage.failure() != null) {
        pending = ParsedRecord.reject("corrupt or truncated compressed data: " + salvage.failure().getMessage(),
            Reasons.GZIP_CORRUPT, inputFile, currentLine());
        done = true;
      }
      if (pending == null) {
        done = true;
        closeQuietly();
      }
    }
    return pending != null;
  }

  @Override
  public final ParsedRecord next() {
    if (!hasNext()) throw new NoSuchElementException();
    ParsedRecord r = pending;
    pending = null;
    if (done) closeQuietly();
    return r;
  }

  @Override
  public void close() throws IOException {
    done = true;
    resource.close();
  }

  private void closeQuietly() {
    try {
      resource.close();
    } catch (IOException ignored) {
      // Everything was read; a failure to close a read-only stream loses nothing.
    }
  }

  /** An iterator over exactly one record (a seed text file, a reject for a whole file). */
  static RecordIterator single(ParsedRecord r, Closeable resource) {
    return new RecordIterator(r.inputFile(), false, resource) {
      private boolean given;

      @Override
      protected ParsedRecord read() {
        if (given) return null;
        given = true;
        return r;
      }

      @Override
      protected long currentLine() {
        return 1;
      }
    };
  }
}
