package org.actorpulse.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Makes a stage's writes all-or-nothing per table, so a run killed at any point leaves every table readable
 * and complete, and the next run finishes the work.
 *
 * <p>Spark writes each table into {@code OUT/_staging/RUN/TABLE} (readers skip names starting with {@code _}).
 * {@link #commit()} then writes a journal ({@code _staging/RUN/_COMMIT}, created atomically) and moves the
 * staged data in: a whole table by directory swap, a date-partitioned table partition by partition, an
 * appended table file by file. Every step is a rename and can be redone, so {@link #recover} rolls a journalled
 * commit forward after a crash, and throws away staging that never reached its journal (the old tables were
 * never touched). On HDFS and local disks renames are atomic; on object stores (S3) they are copies, and a
 * crash mid-commit can leave one partition half moved until the next run finishes it.
 */
public final class TableCommit {
  /** How a staged table goes into place. */
  public enum Mode { WHOLE, BY_DATE, APPEND }

  static final String STAGING = "_staging";
  static final String JOURNAL = "_COMMIT";
  private static final String OLD = "_old";

  private final FileSystem fs;
  private final Path root;
  private final Path dir;
  private final List<String> entries = new ArrayList<>();

  public TableCommit(FileSystem fs, Path root, String runId) {
    this.fs = fs;
    this.root = root;
    this.dir = new Path(new Path(root, STAGING), runId);
  }

  /** Where Spark writes the table before the commit. */
  public Path staged(String table) {
    return new Path(dir, table);
  }

  /**
   * Registers a staged table. For {@link Mode#BY_DATE}, {@code emptyDates} are dates the stage processed that
   * now have no rows: their old partitions are removed.
   */
  public void add(String table, Mode mode, List<String> emptyDates) {
    StringBuilder line = new StringBuilder(mode.name()).append('\t').append(table);
    for (String d : emptyDates) line.append('\t').append(d);
    entries.add(line.toString());
  }

  /** Moves everything registered into place; idempotent, so a crash in here is finished by {@link #recover}. */
  public void commit() {
    if (entries.isEmpty()) return;
    try {
      try (OutputStream out = fs.create(new Path(dir, JOURNAL), false)) {
        out.write(String.join("\n", entries).getBytes(StandardCharsets.UTF_8));
      }
      apply(fs, root, dir, entries);
      fs.delete(dir, true);
      deleteIfEmpty(fs, dir.getParent());
      entries.clear();
    } catch (IOException e) {
      throw new UncheckedIOException("committing " + dir, e);
    }
  }

  /** Drops what this run staged but did not commit (a stage that failed); the tables stay as they were. */
  public void abandon() {
    entries.clear();
    try {
      if (!fs.exists(new Path(dir, JOURNAL))) {
        fs.delete(dir, true);
        deleteIfEmpty(fs, dir.getParent());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finishes or discards the commits of runs that died: journalled ones are rolled forward, the rest deleted.
   * Call with the output lock held.
   */
  public static void recover(FileSystem fs, Path root, PrintStream log) {
    Path staging = new Path(root, STAGING);
    try {
      if (!fs.exists(staging)) return;
      for (FileStatus run : fs.listStatus(staging)) {
        Path journal = new Path(run.getPath(), JOURNAL);
        if (fs.exists(journal)) {
          List<String> lines;
          try (InputStream in = fs.open(journal)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
          }
          apply(fs, root, run.getPath(), lines);
          log.println("recovered: finished the interrupted commit of run " + run.getPath().getName());
        } else {
          log.println("recovered: discarded the unfinished writes of run " + run.getPath().getName());
        }
        fs.delete(run.getPath(), true);
      }
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("recovering " + staging, e);
    }
  }

  private static void apply(FileSystem fs, Path root, Path dir, List<String> lines) throws IOException {
    for (String line : lines) {
      if (line.isBlank()) continue;
      String[] f = line.split("\t");
      Mode mode = Mode.valueOf(f[0]);
      String table = f[1];
      Path src = new Path(dir, table);
      Path dst = new Path(root, table);
      Path old = new Path(new Path(dir, OLD), table);
      switch (mode) {
        case WHOLE -> swap(fs, src, dst, old);
        case BY_DATE -> {
          fs.mkdirs(dst);
          if (fs.exists(src)) {
            for (FileStatus p : fs.listStatus(src)) {
              if (p.isDirectory() && p.getPath().getName().startsWith("date=")) {
                String name = p.getPath().getName();
                swap(fs, p.getPath(), new Path(dst, name), new Path(old, name));
              }
            }
          }
          for (int i = 2; i < f.length; i++) {
            Path stale = new Path(dst, "date=" + f[i]);
            if (fs.exists(stale) && !fs.exists(new Path(src, "date=" + f[i]))) fs.delete(stale, true);
          }
        }
        case APPEND -> {
          fs.mkdirs(dst);
          if (fs.exists(src)) {
            for (FileStatus file : fs.listStatus(src)) {
              String name = file.getPath().getName();
              if (file.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                fs.rename(file.getPath(), new Path(dst, name));
              }
            }
          }
        }
      }
    }
  }

  private static void deleteIfEmpty(FileSystem fs, Path dir) throws IOException {
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) fs.delete(dir, false);
  }

  /** Puts {@code src} at {@code dst}, moving what was there to {@code old}; each step skipped once done. */
  private static void swap(FileSystem fs, Path src, Path dst, Path old) throws IOException {
    if (!fs.exists(src)) return; // already moved in by an earlier attempt
    if (fs.exists(dst)) {
      fs.mkdirs(old.getParent());
      if (fs.exists(old)) fs.delete(old, true);
      if (!fs.rename(dst, old)) throw new IOException("could not move " + dst + " aside");
    }
    fs.mkdirs(dst.getParent());
    if (!fs.rename(src, dst)) throw new IOException("could not move " + src + " to " + dst);
  }
}
