package org.actorpulse.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One run at a time per output folder: a {@code _lock} file created atomically, holding the owner's run id,
 * host and pid. A second run fails at once with a clear line, or waits up to {@code waitSeconds}. A lock left
 * by a process that no longer runs on this host (a run killed with SIGKILL) is taken over; a lock from another
 * host cannot be checked and must be removed by hand if its run is dead.
 */
public final class OutputLock implements AutoCloseable {
  static final String NAME = "_lock";

  private final FileSystem fs;
  private final Path file;

  private OutputLock(FileSystem fs, Path file) {
    this.fs = fs;
    this.file = file;
  }

  public static OutputLock acquire(FileSystem fs, Path root, String runId, long waitSeconds, PrintStream log) {
    Path file = new Path(root, NAME);
    String me = "run=" + runId + "\nhost=" + host() + "\npid=" + ProcessHandle.current().pid()
        + "\nsince=" + Instant.now() + "\n";
    long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
    try {
      fs.mkdirs(root);
      while (true) {
        try (OutputStream out = fs.create(file, false)) {
          out.write(me.getBytes(StandardCharsets.UTF_8));
          return new OutputLock(fs, file);
        } catch (FileAlreadyExistsException e) {
          // fall through: someone holds it
        } catch (IOException e) {
          if (!fs.exists(file)) throw e;
        }
        String holder = read(fs, file);
        if (holderIsDeadHere(holder)) {
          log.println("output lock: taking over the lock of a run that is no longer running ("
              + holder.replace('\n', ' ').trim() + ")");
          fs.delete(file, false);
          continue;
        }
        if (System.nanoTime() > deadline) {
          throw new OutputLockedException("output " + root + " is in use by another run ("
              + holder.replace('\n', ' ').trim() + "); wait for it, or remove " + file + " if that run is dead");
        }
        Thread.sleep(1000);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("locking " + file, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OutputLockedException("interrupted while waiting for " + file);
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(file, false);
    } catch (IOException e) {
      throw new UncheckedIOException("unlocking " + file, e);
    }
  }

  static boolean holderIsDeadHere(String holder) {
    String host = field(holder, "host");
    String pid = field(holder, "pid");
    if (host == null || pid == null || !host.equals(host())) return false;
    try {
      Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(pid));
      return p.isEmpty() || !p.get().isAlive();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String field(String text, String key) {
    for (String line : text.split("\n")) {
      if (line.startsWith(key + "=")) return line.substring(key.length() + 1).trim();
    }
    return null;
  }

  private static String read(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.FileNotFoundException e) {
      return "";
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
