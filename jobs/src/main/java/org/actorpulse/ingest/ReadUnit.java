package org.actorpulse.ingest;

import java.io.Serializable;

/**
 * What one read task reads of one file: the whole file, or (plain JSON Lines only) the lines that begin in a
 * byte range. Records of a unit are numbered {@code (split << 40) | ordinal}, unique within the file and the
 * same on every read of the same inputs.
 *
 * @param file      the file
 * @param split     index of the range within the file (0 for a whole file)
 * @param start     first byte of the range
 * @param end       end of the range (exclusive); -1 for the whole file
 * @param firstLine 1-based number of the first line that begins in the range
 */
public record ReadUnit(InputFile file, int split, long start, long end, long firstLine) implements Serializable {
  public static ReadUnit whole(InputFile f) {
    return new ReadUnit(f, 0, 0, -1, 1);
  }

  public boolean isRange() {
    return end >= 0;
  }

  public ReadUnit withFirstLine(long line) {
    return new ReadUnit(file, split, start, end, line);
  }

  /** The bytes the unit reads, compressed files counted {@link FilePlanner#COMPRESSED_WEIGHT} times. */
  long weight() {
    if (isRange()) return end - start;
    return file.compressed() ? file.length() * FilePlanner.COMPRESSED_WEIGHT : file.length();
  }

  /** The record number of the {@code ordinal}-th record (0-based) of this unit. */
  long recordNumber(long ordinal) {
    return ((long) split << 40) | ordinal;
  }
}
