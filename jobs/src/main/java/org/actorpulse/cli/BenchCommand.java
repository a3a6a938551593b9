package org.actorpulse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.actorpulse.config.ConfigException;
import org.actorpulse.config.Settings;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.config.SparkConfFactory;
import org.actorpulse.corpus.CorpusWriter;
import org.actorpulse.job.JobRunner;
import org.actorpulse.job.RunConfig;
import org.actorpulse.output.RunRecord;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The throughput benchmark, in one JVM and one SparkSession on one generated corpus: the I/O floor (JSONL read
 * and written as Parquet with an explicit schema), the full job (ingest, analyze, aggregate), and the analyze
 * stage of both engines on the same slice of days. Prints a table of phases, the Spark stages that took longest,
 * and last a single line of figures for scripts.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure throughput on a generated corpus: I/O floor, full job, fast vs Spark NLP engine.",
        "The last line is: mb_per_s=X articles_per_s=Y floor_ratio=Z sparknlp_ratio=W peak_rss_mb=M"})
public final class BenchCommand implements Callable<Integer> {
  /** What a JSONL article line holds, as the generator writes it: the floor reads with this, never infers. */
  private static final StructType ARTICLE_SCHEMA = new StructType()
      .add("id", DataTypes.StringType).add("published", DataTypes.StringType).add("source", DataTypes.StringType)
      .add("url", DataTypes.StringType).add("title", DataTypes.StringType).add("text", DataTypes.StringType);
  private static final String PHASE = "actorpulse.bench.phase";

  @Option(names = "--quick", description = "20,000 articles over 50 days (a few minutes on 2 cores).")
  boolean quick;

  @Option(names = "--articles", paramLabel = "N", description = "Articles (default: 1,000,000; 20,000 with --quick).")
  Long articles;

  @Option(names = "--days", paramLabel = "D", description = "Days (default: 100; 50 with --quick).")
  Integer days;

  @Option(names = "--sources", defaultValue = "500", paramLabel = "S", description = "Publishers (default: ${DEFAULT-VALUE}).")
  int sources;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "K", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FMT", description = "jsonl or jsonl.gz (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--sparknlp-fraction", defaultValue = "0.02", paramLabel = "F",
      description = "Share of the corpus (leading days) both engines analyze for the engine comparison (default: ${DEFAULT-VALUE}).")
  double sparkNlpFraction;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Folder for the corpus (kept and reused for the same parameters) and the outputs "
          + "(default: <home>/target/bench).")
  Path work;

  @Option(names = "--conf", paramLabel = "FILE", description = "Configuration file layered over conf/actorpulse.conf.")
  Path conf;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() throws IOException {
    long n = articles != null ? articles : quick ? 20_000 : 1_000_000;
    int d = days != null ? days : quick ? 50 : 100;
    if (sparkNlpFraction <= 0 || sparkNlpFraction > 1) {
      throw new ConfigException("--sparknlp-fraction " + sparkNlpFraction + ": expected a share in (0, 1], e.g. 0.02");
    }
    Path dir = (work != null ? work : Path.of(home(), "target", "bench")).toAbsolutePath().normalize();
    Path corpus = dir.resolve(String.format(Locale.ROOT, "corpus-%d-%d-%d-%d-%s", n, d, sources, seed, format));
    String loadBefore = loadAverage();
    double genSeconds = ensureCorpus(corpus, n, d);
    JsonNode manifest = new ObjectMapper().readTree(corpus.resolve(CorpusWriter.MANIFEST_FILE).toFile());
    long textBytes = manifest.get("text_bytes").asLong();

    int sliceDays = (int) Math.max(1, Math.ceil(d * sparkNlpFraction));
    LocalDate start = LocalDate.parse(manifest.get("start").asText());
    List<String> sliceFiles = filesOfDays(corpus, start, sliceDays);
    long sliceArticles = Math.floorDiv(n * sliceDays, (long) d);
    long sliceBytes = format.equals("jsonl")
        ? sliceFiles.stream().mapToLong(f -> size(Path.of(f))).sum()
        : textBytes * sliceArticles / n; // gzip: the uncompressed size, pro rata

    Settings fast = SettingsLoader.load(conf);
    Settings sparkNlp = SettingsLoader.load(sparkNlpConf(dir));
    SparkSession spark = SparkSession.builder()
        .config(SparkConfFactory.create("actorpulse bench", master, fast.spark())).getOrCreate();
    SparkStageTimes stageTimes = new SparkStageTimes();
    ProcessCpu cpu = ProcessCpu.start();
    spark.sparkContext().addSparkListener(stageTimes);
    List<Row> table = new ArrayList<>();
    try {
      // Warm-up, untimed: the first Spark job of a JVM pays for class loading and code generation.
      phase(spark, "warm-up");
      floor(spark, sliceFiles, dir.resolve("warmup-parquet"));

      phase(spark, "floor");
      long f0 = System.currentTimeMillis();
      double floorSeconds = timed(() -> floor(spark, List.of(corpus.toString()), dir.resolve("floor-parquet")));
      table.add(new Row("floor: jsonl -> parquet", floorSeconds, cpu.between(f0, System.currentTimeMillis()),
          textBytes, n));

      phase(spark, "full");
      long t0 = System.nanoTime();
      long full0 = System.currentTimeMillis();
      RunRecord full = runStages(spark, fast, List.of(corpus.toString()), dir.resolve("full"),
          EnumSet.of(JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE, JobRunner.Stage.AGGREGATE));
      double fullSeconds = (System.nanoTime() - t0) / 1e9;
      long full1 = System.currentTimeMillis();
      Map<String, Long> starts = jobStageStarts(full);
      stageTimes.relabel("full", starts);
      for (String stage : List.of("ingest", "analyze", "aggregate")) {
        long from = starts.getOrDefault(stage, full1);
        long to = from + (long) (full.stageSeconds.getOrDefault(stage, 0.0) * 1000);
        table.add(new Row("full: " + stage, full.stageSeconds.getOrDefault(stage, Double.NaN), cpu.between(from, to),
            textBytes, n));
      }
      table.add(new Row("full: end to end", fullSeconds, cpu.between(full0, full1), textBytes, n));

      phase(spark, "slice-ingest");
      Path sliceOut = dir.resolve("slice");
      runStages(spark, fast, sliceFiles, sliceOut, EnumSet.of(JobRunner.Stage.INGEST));
      phase(spark, "slice-fast");
      long fast0 = System.currentTimeMillis();
      RunRecord sliceFast = runStages(spark, fast, List.of(), sliceOut, EnumSet.of(JobRunner.Stage.ANALYZE));
      long nlp0 = System.currentTimeMillis();
      phase(spark, "slice-sparknlp");
      RunRecord sliceNlp = runStages(spark, sparkNlp, List.of(), sliceOut, EnumSet.of(JobRunner.Stage.ANALYZE));
      double fastSliceSeconds = sliceFast.stageSeconds.get("analyze");
      double nlpSliceSeconds = sliceNlp.stageSeconds.get("analyze");
      long nlp1 = System.currentTimeMillis();
      String slice = String.format(Locale.ROOT, "slice %dd: analyze ", sliceDays);
      // CPU of the whole analyze run here (engine set-up included), so a rougher figure than the seconds.
      table.add(new Row(slice + "fast", fastSliceSeconds, cpu.between(fast0, nlp0), sliceBytes, sliceArticles));
      table.add(new Row(slice + "sparknlp", nlpSliceSeconds, cpu.between(nlp0, nlp1), sliceBytes, sliceArticles));

      waitForListener();
      PrintTable out = new PrintTable();
      out.println(String.format(Locale.ROOT, "corpus %s: %,d articles, %d days, %.1f MB%s", corpus, n, d,
          textBytes / 1e6, genSeconds > 0 ? String.format(Locale.ROOT, " (generated in %.1f s)", genSeconds) : " (reused)"));
      out.phases(table);
      out.scoring(full.taskSeconds, stageTimes.runSeconds("full/analyze"));
      out.sparkStages(stageTimes, 15);
      out.threads(ProcessCpu.now());
      out.println("load average before: " + loadBefore + "   after: " + loadAverage());

      double mbPerS = textBytes / 1e6 / fullSeconds;
      double floorMbPerS = textBytes / 1e6 / floorSeconds;
      // Same slice, same session, both engines: the ratio compares engines, not corpus sizes or warm-up.
      double sparkNlpRatio = fastSliceSeconds / nlpSliceSeconds;
      System.out.println(String.format(Locale.ROOT,
          "mb_per_s=%.2f articles_per_s=%.0f floor_ratio=%.3f sparknlp_ratio=%.3f peak_rss_mb=%d",
          mbPerS, n / fullSeconds, mbPerS / floorMbPerS, sparkNlpRatio, peakRssMb()));
      return ExitCodes.OK;
    } finally {
      cpu.stop();
      spark.stop();
    }
  }

  private double ensureCorpus(Path corpus, long n, int d) throws IOException {
    if (Files.isRegularFile(corpus.resolve(CorpusWriter.MANIFEST_FILE))) return 0;
    GenCorpusCommand gen = new GenCorpusCommand();
    gen.articles = n;
    gen.days = d;
    gen.sources = sources;
    gen.seed = seed;
    gen.start = LocalDate.of(2017, 9, 1);
    gen.format = format;
    gen.meanChars = org.actorpulse.corpus.CorpusSpec.DEFAULT_MEAN_CHARS;
    gen.mentionsPerArticle = org.actorpulse.corpus.CorpusSpec.DEFAULT_MENTIONS_PER_ARTICLE;
    // The manifest is written last: a corpus cut short by a crash has none and is written again.
    gen.output = corpus;
    return gen.generate().seconds();
  }

  /** The I/O floor: what reading the input and writing it as Parquet costs, with no parsing logic of ours. */
  private static void floor(SparkSession spark, List<String> inputs, Path out) {
    spark.read().schema(ARTICLE_SCHEMA).json(inputs.toArray(String[]::new))
        .write().mode(SaveMode.Overwrite).parquet(out.toString());
  }

  private static RunRecord runStages(SparkSession spark, Settings settings, List<String> inputs, Path output,
                                     EnumSet<JobRunner.Stage> stages) {
    if (stages.contains(JobRunner.Stage.INGEST)) deleteRecursively(output);
    RunConfig config = new RunConfig("bench", inputs, output.toString(), null, null, null, settings,
        JobCommand.newRunId());
    RunRecord record = new JobRunner(config, System.out).run(spark, stages);
    if (!"succeeded".equals(record.status)) throw new IllegalStateException("bench run failed: " + record.message);
    return record;
  }

  /**
   * When each stage of a run began, in epoch milliseconds: the runner runs them one after the other from its start,
   * so a Spark stage belongs to the last job stage that began before it was submitted (to within the runner's
   * bookkeeping between stages, milliseconds).
   */
  private static Map<String, Long> jobStageStarts(RunRecord record) {
    Map<String, Long> starts = new LinkedHashMap<>();
    double at = record.startedAt.toEpochMilli();
    for (Map.Entry<String, Double> e : record.stageSeconds.entrySet()) {
      starts.put(e.getKey(), (long) at);
      at += e.getValue() * 1000;
    }
    return starts;
  }

  private Path sparkNlpConf(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("sparknlp.conf");
    String include = conf == null ? "" : "include file(\"" + conf.toAbsolutePath() + "\")\n";
    Files.writeString(file, include + "actorpulse.engine = sparknlp\n", StandardCharsets.UTF_8);
    return file;
  }

  /** The article files of the first {@code days} days, as the generator names them. */
  private static List<String> filesOfDays(Path corpus, LocalDate start, int days) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String name = f.getFileName().toString();
        if (name.length() < 10 || name.startsWith("_")) continue;
        LocalDate date = LocalDate.parse(name.substring(0, 10));
        if (date.isBefore(start.plusDays(days))) out.add(f.toString());
      }
    }
    return out;
  }

  private static void phase(SparkSession spark, String name) {
    spark.sparkContext().setLocalProperty(PHASE, name);
  }

  private static double timed(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Listener events arrive asynchronously; the last stage's may still be queued when the last job returns. */
  private static void waitForListener() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String home() {
    String home = System.getProperty(SettingsLoader.HOME_PROPERTY);
    if (home == null || home.isBlank()) throw new ConfigException("no actorpulse home: pass --work DIR");
    return home;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir + ": " + e.getMessage(), e);
    }
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "n/a";
    }
  }

  /** The process's peak resident set ({@code VmHWM}), in MB; -1 where {@code /proc} is missing. */
  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /**
   * One phase of the table: input MB and articles over its seconds.
   *
   * @param cpuSeconds CPU of the whole process (driver, executor threads, GC, JIT) during the phase
   */
  record Row(String name, double seconds, double cpuSeconds, long bytes, long articles) {}

  /**
   * Samples the process's CPU time every 100 ms, so the CPU of any interval can be read afterwards. CPU seconds
   * are what to compare on a shared machine: wall seconds there depend on what the neighbours run.
   */
  static final class ProcessCpu {
    private final java.util.concurrent.ConcurrentSkipListMap<Long, Long> samples =
        new java.util.concurrent.ConcurrentSkipListMap<>();
    private final Thread thread;

    private ProcessCpu() {
      thread = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          sample();
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-cpu-sampler");
      thread.setDaemon(true);
    }

    static ProcessCpu start() {
      ProcessCpu p = new ProcessCpu();
      p.sample();
      p.thread.start();
      return p;
    }

    private void sample() {
      double now = now();
      if (!Double.isNaN(now)) samples.put(System.currentTimeMillis(), (long) (now * 1e9));
    }

    /** CPU seconds of the process since it started; NaN where the JVM does not tell. */
    static double now() {
      var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    /** CPU seconds between two instants (epoch ms), from the nearest samples; NaN without samples. */
    double between(long fromMillis, long toMillis) {
      sample();
      var a = samples.floorEntry(fromMillis);
      var b = samples.floorEntry(toMillis);
      if (a == null) a = samples.ceilingEntry(fromMillis);
      if (a == null || b == null) return Double.NaN;
      return (b.getValue() - a.getValue()) / 1e9;
    }

    void stop() {
      thread.interrupt();
    }
  }

  /** Wall and executor time of each Spark stage, by bench phase, for the breakdown. */
  static final class SparkStageTimes extends SparkListener {
    record Stage(String phase, int id, String name, long submitted, int tasks, double seconds, double runSeconds,
                 double cpuSeconds, double gcSeconds, long inputBytes, long shuffleRead, long shuffleWrite,
                 long outputBytes) {
      Stage withPhase(String p) {
        return new Stage(p, id, name, submitted, tasks, seconds, runSeconds, cpuSeconds, gcSeconds, inputBytes,
            shuffleRead, shuffleWrite, outputBytes);
      }
    }

    private final Map<Integer, String> phases = new ConcurrentHashMap<>();
    final List<Stage> stages = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
      String phase = e.properties() == null ? null : e.properties().getProperty(PHASE);
      phases.put(e.stageInfo().stageId(), phase == null ? "?" : phase);
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted e) {
      StageInfo s = e.stageInfo();
      long submitted = s.submissionTime().isDefined() ? (Long) s.submissionTime().get() : 0;
      long completed = s.completionTime().isDefined() ? (Long) s.completionTime().get() : submitted;
      var m = s.taskMetrics();
      stages.add(new Stage(phases.getOrDefault(s.stageId(), "?"), s.stageId(), s.name(), submitted, s.numTasks(),
          (completed - submitted) / 1e3, m.executorRunTime() / 1e3, m.executorCpuTime() / 1e9, m.jvmGCTime() / 1e3,
          m.inputMetrics().bytesRead(), m.shuffleReadMetrics().totalBytesRead(), m.shuffleWriteMetrics().bytesWritten(),
          m.outputMetrics().bytesWritten()));
    }

    /** Executor run time (task wall time) summed over a phase's stages. */
    double runSeconds(String phase) {
      waitForListener();
      synchronized (stages) {
        return stages.stream().filter(s -> s.phase().equals(phase)).mapToDouble(Stage::runSeconds).sum();
      }
    }

    /** Splits a phase by the job stages that ran in it: {@code full} becomes {@code full/ingest}, ... */
    void relabel(String phase, Map<String, Long> starts) {
      waitForListener();
      synchronized (stages) {
        stages.replaceAll(s -> {
          if (!s.phase().equals(phase)) return s;
          String label = phase + "/?";
          for (Map.Entry<String, Long> e : starts.entrySet()) {
            if (s.submitted() >= e.getValue()) label = phase + "/" + e.getKey();
          }
          return s.withPhase(label);
        });
      }
    }
  }

  /** The human part of the output. */
  private static final class PrintTable {
    void println(String s) {
      System.out.println(s);
    }

    void phases(List<Row> rows) {
      println("");
      println(String.format(Locale.ROOT, "%-28s %9s %9s %8s %10s %11s %8s %9s", "phase", "seconds", "input MB", "MB/s",
          "articles", "articles/s", "cpu s", "MB/cpu-s"));
      for (Row r : rows) {
        println(String.format(Locale.ROOT, "%-28s %9.1f %9.1f %8.2f %,10d %,11.0f %8.1f %9.2f", r.name(), r.seconds(),
            r.bytes() / 1e6, r.bytes() / 1e6 / r.seconds(), r.articles(), r.articles() / r.seconds(), r.cpuSeconds(),
            r.bytes() / 1e6 / r.cpuSeconds()));
      }
      println("(MB = 10^6 bytes of input JSONL; stage rows divide the whole input by the stage's seconds; cpu s = "
          + "CPU of the whole process, sampled every 0.1 s)");
    }

    /**
     * What sentiment scoring costs in the full run: the engine times each article and the scoring inside it, in
     * task time, which compares with the analyze stages' task time (reading, matching, writing).
     */
    void scoring(Map<String, Double> taskSeconds, double analyzeTaskSeconds) {
      Double scoring = taskSeconds.get("analyze.scoring");
      Double engine = taskSeconds.get("analyze.engine");
      if (scoring == null || engine == null || analyzeTaskSeconds <= scoring) return;
      println(String.format(Locale.ROOT, "scoring: %.1f task-s of the engine's %.1f and of analyze's %.1f: it adds "
              + "%.0f%% to the analysis without it (%.1f task-s)", scoring, engine, analyzeTaskSeconds,
          100 * scoring / (analyzeTaskSeconds - scoring), analyzeTaskSeconds - scoring));
    }

    /**
     * CPU of the process's threads by name (numbers dropped), from {@code /proc/self/task}: unlike the JMX thread
     * view, it includes the JVM's own threads (GC, JIT compilers), which tells a short run's warm-up and collection
     * costs from the driver's and the tasks' work. Threads that have ended are not listed.
     */
    void threads(double processCpuSeconds) {
      Map<String, Double> byName = new java.util.TreeMap<>();
      double total = 0;
      double tick = 100.0; // USER_HZ: 100 on every Linux that Java 17 runs on
      try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
        for (Path t : (Iterable<Path>) tasks::iterator) {
          try {
            String stat = Files.readString(t.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double secs = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / tick; // utime, stime
            byName.merge(name.replaceAll("[0-9]+", "#").trim(), secs, Double::sum);
            total += secs;
          } catch (IOException | RuntimeException e) {
            // the thread ended while listed
          }
        }
      } catch (IOException e) {
        return;
      }
      println("");
      println(String.format(Locale.ROOT, "%-28s %8s", "process cpu by thread", "cpu s"));
      byName.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(10)
          .forEach(e -> println(String.format(Locale.ROOT, "%-28s %8.1f", e.getKey(), e.getValue())));
      println(String.format(Locale.ROOT, "%-28s %8.1f", "(threads that ended)", processCpuSeconds - total));
      println(String.format(Locale.ROOT, "%-28s %8.1f", "process total (since JVM start)", processCpuSeconds));
    }

    void sparkStages(SparkStageTimes times, int limit) {
      List<SparkStageTimes.Stage> all;
      synchronized (times.stages) {
        all = new ArrayList<>(times.stages);
      }
      Map<String, double[]> byPhase = new LinkedHashMap<>();
      for (SparkStageTimes.Stage s : all) {
          double[] t = byPhase.computeIfAbsent(s.phase(), k -> new double[5]);
        t[0] += s.seconds();
        t[1] += s.runSeconds();
        t[2] += s.cpuSeconds();
        t[3] += s.gcSeconds();
        t[4] += s.tasks();
      }
      println("");
      println(String.format(Locale.ROOT, "%-20s %7s %11s %10s %10s %10s", "spark by phase", "tasks", "sum stage s",
          "task s", "task cpu s", "gc s"));
      byPhase.forEach((k, t) -> println(String.format(Locale.ROOT, "%-20s %7.0f %11.1f %10.1f %10.1f %10.1f", k, t[4],
          t[0], t[1], t[2], t[3])));
      println("(stages of one query overlap, so their wall seconds add up to more than the phase; task cpu s is the "
          + "executor threads' CPU, the figure least disturbed by other load on the machine)");
      println("");
      println(String.format(Locale.ROOT, "%-20s %4s %-44s %5s %7s %7s %7s %6s %8s %8s %8s", "top stages by task s", "id",
          "name", "tasks", "wall s", "task s", "cpu s", "gc s", "in MB", "shuf MB", "out MB"));
      all.stream().sorted(Comparator.comparingDouble(SparkStageTimes.Stage::runSeconds).reversed()).limit(limit)
          .forEach(s -> println(String.format(Locale.ROOT, "%-20s %4d %-44s %5d %7.1f %7.1f %7.1f %6.1f %8.1f %8.1f %8.1f",
              s.phase(), s.id(), s.name().length() > 44 ? s.name().substring(0, 44) : s.name(), s.tasks(), s.seconds(),
              s.runSeconds(), s.cpuSeconds(), s.gcSeconds(), s.inputBytes() / 1e6,
              (s.shuffleRead() + s.shuffleWrite()) / 1e6, s.outputBytes() / 1e6)));
    }
  }
}
