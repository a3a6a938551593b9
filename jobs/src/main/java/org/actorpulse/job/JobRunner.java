package org.actorpulse.job;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import org.actorpulse.analysis.ArticlesToCandidates;
import org.actorpulse.analysis.EngineFactory;
import org.actorpulse.config.Settings;
import org.actorpulse.config.SparkConfFactory;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.ingest.InputResolver;
import org.actorpulse.output.OutputLock;
import org.actorpulse.output.ProgressListener;
import org.actorpulse.output.RunRecord;
import org.actorpulse.output.RunsTable;
import org.actorpulse.output.TableCommit;
import org.actorpulse.output.TableWriter;
import org.actorpulse.report.ReportJob;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Owns a run: loads what the stages need once (dictionary, scorer), starts the SparkSession, runs the stages in
 * order, prints progress and the closing summary, appends the run to the {@code runs} manifest, and stops the
 * session whatever happens.
 */
public final class JobRunner {
  /** The stages of the pipeline, in the order they run. */
  public enum Stage { INGEST, ANALYZE, AGGREGATE, DISCOVER }

  private final RunConfig config;
  private final PrintStream out;

  public JobRunner(RunConfig config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  /**
   * Runs the stages on a new session made from the run's configuration; {@code after} then sees the session and
   * the record of a successful run (to print or report from the tables) before the session stops.
   */
  public RunRecord run(EnumSet<Stage> stages, BiConsumer<SparkSession, RunRecord> after) {
    Settings settings = config.settings();
    SparkSession spark = SparkSession.builder()
        .config(SparkConfFactory.create("actorpulse " + config.command(), config.master(), settings.spark()))
        .getOrCreate();
    try {
      RunRecord record = run(spark, stages);
      if ("succeeded".equals(record.status)) after.accept(spark, record);
      return record;
    } finally {
      spark.stop();
    }
  }

  /** Runs the stages on the given session (tests share one); does not stop it. */
  public RunRecord run(SparkSession spark, EnumSet<Stage> stages) {
    Settings settings = config.settings();
    Components components = new Components(spark, settings, stages);
    RunRecord record = new RunRecord(config.runId(), config.command(), Instant.now(), config.inputs(),
        config.output(), settings.sources().stream().map(Object::toString).toList(), settings.engine(),
        settings.sentimentScorer(), configHash(settings));
    TableWriter tables = new TableWriter(spark, config.output(), config.runId());
    ProgressListener progress = new ProgressListener(out, 5_000);
    try (OutputLock lock = OutputLock.acquire(tables.fileSystem(), tables.rootPath(), config.runId(),
        config.lockWaitSeconds(), out)) {
      TableCommit.recover(tables.fileSystem(), tables.rootPath(), out);
      spark.sparkContext().addSparkListener(progress);
      try {
        runStages(spark, stages, components, record, tables, progress);
        for (String t : tablesOf(stages)) record.rows.put(t, tables.count(t));
        record.status = "succeeded";
        return record;
      } catch (RuntimeException e) {
        tables.abandon();
        record.status = "failed";
        record.message = e.getClass().getSimpleName() + ": " + e.getMessage();
        throw e;
      } finally {
        record.finishedAt = Instant.now();
        spark.sparkContext().removeSparkListener(progress);
        try {
          RunsTable.append(spark, tables, record);
          tables.commit();
        } catch (RuntimeException e) {
          out.println("warning: could not append to the runs table: " + e.getMessage());
        }
        out.println(summary(record));
        if ("succeeded".equals(record.status) && stages.contains(Stage.AGGREGATE)) writeReport(spark);
      }
    }
  }

  /** The analysts' page, written last so its run summary includes this run; a failure here never fails the run. */
  private void writeReport(SparkSession spark) {
    try {
      out.println("  report " + ReportJob.run(spark, config.output(), ReportJob.DEFAULT_TOP,
          config.settings().divergenceTest()));
    } catch (RuntimeException e) {
      out.println("warning: could not write the report: " + e.getMessage());
    }
  }

  private void runStages(SparkSession spark, EnumSet<Stage> stages, Components components, RunRecord record,
                         TableWriter tables, ProgressListener progress) {
    if (stages.contains(Stage.INGEST)) {
      timed("ingest", inputBytes(spark), progress, record, () -> {
        IngestJob.run(spark, config, tables, record);
        return null;
      });
      tables.commit();
    }
    if (stages.contains(Stage.ANALYZE)) {
      long articleBytes = tables.size(Tables.ARTICLES, config::inWindow);
      AnalyzeJob.Outcome failed = timed("analyze", articleBytes, progress, record,
          () -> AnalyzeJob.run(spark, config, tables, components.engine()));
      record.taskSeconds.put("analyze.engine", failed.seconds().engine());
      record.taskSeconds.put("analyze.scoring", failed.seconds().scoring());
      if (failed.failed() > 0) {
        RejectsWriter.append(spark, tables, failed.rejects(), config.runId());
        record.accounting.put("analysis_failures", failed.failed());
      }
      tables.commit();
    }
    if (stages.contains(Stage.AGGREGATE)) {
      timed("aggregate", 0, progress, record, () -> {
        AggregateJob.run(spark, config.settings(), components.dictionary(), tables);
        return null;
      });
      tables.commit();
    }
    if (stages.contains(Stage.DISCOVER)) {
      timed("discover", tables.size(Tables.ARTICLES, config::inWindow), progress, record, () -> {
        Dataset<Row> articles = tables.read(Tables.ARTICLES);
        if (config.dateCondition() != null) articles = articles.where(config.dateCondition());
        tables.writeSmall(Tables.CANDIDATES, ArticlesToCandidates.apply(spark, articles, components.dictionary(),
            config.settings().discoverMinCount(), config.settings().discoverMinSingleWordCount()));
        return null;
      });
      tables.commit();
    }
  }

  /** Size of the inputs as stored (compressed files count compressed), for the ingest ETA; 0 if unknown. */
  private long inputBytes(SparkSession spark) {
    try {
      long sum = 0;
      for (var f : InputResolver.resolve(config.inputs(), spark.sparkContext().hadoopConfiguration())) {
        sum += f.length();
      }
      return sum;
    } catch (Exception e) {
      return 0; // ingest itself reports what is wrong with the inputs
    }
  }

  /** A digest of the effective settings, so runs made with different configurations can be told apart. */
  static String configHash(Settings settings) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(settings.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T timed(String name, long expectedBytes, ProgressListener progress, RunRecord record,
                      Callable<T> stage) {
    progress.stage(name, expectedBytes);
    out.println("[" + name + "] started");
    T result;
    try {
      result = stage.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new StageException(name, e);
    }
    record.stageSeconds.put(name, progress.stageSeconds());
    out.println(progress.line() + " (done)");
    return result;
  }

  private static List<String> tablesOf(EnumSet<Stage> stages) {
    List<String> out = new ArrayList<>();
    if (stages.contains(Stage.INGEST)) out.addAll(List.of(Tables.ARTICLES, Tables.REJECTS));
    if (stages.contains(Stage.ANALYZE)) out.add(Tables.MENTIONS);
    if (stages.contains(Stage.AGGREGATE)) {
      out.addAll(List.of(Tables.ACTORS, Tables.ARTICLE_ACTORS, Tables.ACTOR_DAILY, Tables.ACTOR_SENTIMENT,
          Tables.ACTOR_PAIRS, Tables.SOURCES, Tables.SOURCE_ACTOR));
    }
    if (stages.contains(Stage.DISCOVER)) out.add(Tables.CANDIDATES);
    return out;
  }

  /** A stage failed with a checked exception; the cause says why (the CLI shows it). */
  public static final class StageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StageException(String stage, Exception cause) {
      super("stage " + stage + ": " + cause.getMessage(), cause);
    }
  }

  /** The closing lines a person reads: status, time per stage, rows per table, the input accounting. */
  static String summary(RunRecord r) {
    StringBuilder sb = new StringBuilder();
    double total = r.finishedAt == null ? 0 : (r.finishedAt.toEpochMilli() - r.startedAt.toEpochMilli()) / 1000.0;
    sb.append(String.format(Locale.ROOT, "actorpulse %s %s in %.1f s (run %s)%n", r.command, r.status, total, r.runId));
    r.stageSeconds.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  stage %-10s %8.1f s%n", k, v)));
    r.rows.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  table %-16s %,12d rows%n", k, v)));
    if (!r.accounting.isEmpty()) {
      sb.append("  accounting ");
      r.accounting.forEach((k, v) -> sb.append(k).append('=').append(v).append(' '));
      sb.append(System.lineSeparator());
    }
    sb.append("  output ").append(r.output);
    if (r.message != null) sb.append(System.lineSeparator()).append("  error ").append(r.message);
    return sb.toString();
  }

  /** Loads the dictionary and builds the engine at most once, on the driver, only if a stage needs them. */
  private static final class Components {
    private final SparkSession spark;
    private final Settings settings;
    private ActorDictionary dictionary;
    private EngineFactory engine;

    Components(SparkSession spark, Settings settings, EnumSet<Stage> stages) {
      this.spark = spark;
      this.settings = settings;
      // Fail before any work if the dictionary or scorer cannot be loaded.
      if (stages.contains(Stage.ANALYZE)) engine();
      else if (stages.contains(Stage.AGGREGATE) || stages.contains(Stage.DISCOVER)) dictionary();
    }

    ActorDictionary dictionary() {
      if (dictionary == null) dictionary = ActorDictionary.load(settings.dictionary());
      return dictionary;
    }

    EngineFactory engine() {
      if (engine == null) engine = Engines.create(spark, settings, dictionary());
      return engine;
    }
  }
}
