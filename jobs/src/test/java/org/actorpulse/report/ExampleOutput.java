package org.actorpulse.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.job.JobRunner;
import org.actorpulse.job.RunConfig;
import org.actorpulse.output.RunRecord;

/**
 * The whole pipeline on the bundled sample (the seed article and 36 short articles over 12 days), run once per
 * test JVM on the shared session, into {@code target/report-example} so a person can open what the tests saw.
 */
final class ExampleOutput {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home")).toAbsolutePath().normalize();
  private static Path output;

  private ExampleOutput() {}

  static synchronized Path get() {
    if (output != null) return output;
    Path out = Path.of("target/report-example").toAbsolutePath();
    deleteRecursively(out);
    RunConfig config = new RunConfig("run",
        List.of(HOME.resolve("examples/seed").toString(), HOME.resolve("examples/news-sample.jsonl").toString()),
        out.toString(), null, null, null, SettingsLoader.load(null), "report-test");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunRecord r = new JobRunner(config, new PrintStream(log, true, StandardCharsets.UTF_8))
        .run(SparkTestSession.get(), EnumSet.allOf(JobRunner.Stage.class));
    if (!"succeeded".equals(r.status)) {
      throw new IllegalStateException("the example run failed: " + log.toString(StandardCharsets.UTF_8));
    }
    output = out;
    return out;
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
