package org.actorpulse.output;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Prints a progress line while a stage runs (records, MB read, rate), from the metrics of finished Spark tasks,
 * at most every {@code intervalMillis}. Records and MB are those of the Spark stage that has read the most so far,
 * not a sum over Spark stages: a job reads its input once or twice and its persisted rows several times, and a
 * sum (ingest at a million articles: 2,006,187 records and 35,469 MB for 1,000,000 records of 4,452 MB) says
 * nothing a user can check. Spark calls it on its listener thread; the counters are thread-safe.
 */
public final class ProgressListener extends SparkListener {
  private final PrintStream out;
  private final long intervalMillis;
  /** Per Spark stage id: {records, bytes} read by its finished tasks. */
  private final Map<Integer, long[]> readByStage = new ConcurrentHashMap<>();
  private final AtomicLong written = new AtomicLong();
  private volatile String stage = "start";
  private volatile long expectedBytes;
  private volatile long stageStart = System.nanoTime();
  private volatile long lastPrint = System.currentTimeMillis();

  public ProgressListener(PrintStream out, long intervalMillis) {
    this.out = out;
    this.intervalMillis = intervalMillis;
  }

  /** Starts counting a new stage of the run; {@code expectedBytes} (0 if unknown) gives the ETA. */
  public void stage(String name, long expectedBytes) {
    stage = name;
    this.expectedBytes = expectedBytes;
    readByStage.clear();
    written.set(0);
    stageStart = System.nanoTime();
    lastPrint = System.currentTimeMillis();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics m = end.taskMetrics();
    if (m == null) return;
    read(end.stageId(), m.inputMetrics().recordsRead(), m.inputMetrics().bytesRead());
    written.addAndGet(m.outputMetrics().recordsWritten());
    long now = System.currentTimeMillis();
    if (now - lastPrint >= intervalMillis) {
      lastPrint = now;
      out.println(line());
    }
  }

  /** Counts what a finished task of Spark stage {@code stageId} read. */
  void read(int stageId, long records, long bytes) {
    long[] r = readByStage.computeIfAbsent(stageId, k -> new long[2]);
    synchronized (r) {
      r[0] += records;
      r[1] += bytes;
    }
  }

  /**
   * {records, bytes} of the Spark stage that read the most records (then bytes): a job's input, not a read of its
   * persisted rows, whose records Spark counts per block for rows kept on disk.
   */
  private long[] largestRead() {
    long[] best = {0, 0};
    for (long[] r : readByStage.values()) {
      synchronized (r) {
        if (r[0] > best[0] || (r[0] == best[0] && r[1] > best[1])) best = new long[] {r[0], r[1]};
      }
    }
    return best;
  }

  /** {@code [analyze] 120,000 records read, 480.2 MB, 9.7 MB/s, 2,010,441 rows written, 49 s, ETA 1m05s}. */
  public String line() {
    double secs = Math.max(1e-3, (System.nanoTime() - stageStart) / 1e9);
    long[] largest = largestRead();
    long read = largest[1];
    String line = String.format(Locale.ROOT, "[%s] %,d records read, %.1f MB, %.1f MB/s, %,d rows written, %.0f s",
        stage, largest[0], read / 1e6, read / 1e6 / secs, written.get(), secs);
    return line + eta(expectedBytes, read, secs);
  }

  /** {@code , ETA 1m05s} from the bytes still to read at the rate so far; empty when it cannot be told. */
  static String eta(long expected, long read, double secs) {
    if (expected <= 0 || read <= 0 || read >= expected) return "";
    long left = Math.round((expected - read) / (read / secs));
    return String.format(Locale.ROOT, ", ETA %dm%02ds", left / 60, left % 60);
  }

  public double stageSeconds() {
    return (System.nanoTime() - stageStart) / 1e9;
  }
}
