package org.actorpulse.ingest;

import org.apache.spark.TaskContext;
import org.apache.spark.executor.InputMetrics;

/**
 * Credits what our own file readers read to the running task's input metrics, as Spark's file sources do, so
 * progress lines and Spark's UI show the ingest stage's records and bytes. Counted in the first (slim) pass
 * only, so the input is counted once.
 *
 * <p>Spark workaround: {@code incBytesRead}/{@code incRecordsRead} are {@code private[spark]} in Scala, which
 * is public in bytecode; Java can call them. Should a Spark version hide them, delete this class and its two
 * calls in {@link ReadFiles}: only the progress figures of ingest are lost.
 */
final class InputProgress {
  private InputProgress() {}

  static void recordRead() {
    InputMetrics m = metrics();
    if (m != null) m.incRecordsRead(1);
  }

  /** A file or byte range read to its end: its (compressed) size, as Hadoop's readers count it. */
  static void unitDone(ReadUnit unit) {
    InputMetrics m = metrics();
    if (m != null) m.incBytesRead(unit.isRange() ? unit.end() - unit.start() : unit.file().length());
  }

  private static InputMetrics metrics() {
    TaskContext tc = TaskContext.get();
    return tc == null ? null : tc.taskMetrics().inputMetrics();
  }
}
