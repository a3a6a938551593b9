package org.actorpulse.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.SettingsLoader;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast engine and the Spark NLP engine, each through the whole analyze stage, find the same mentions. */
class EnginesAgreeTest {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home"));
  @TempDir Path tmp;

  private Set<String> mentions(String engine) throws IOException {
    Path conf = tmp.resolve(engine + ".conf");
    Files.writeString(conf, "actorpulse.engine = " + engine);
    Path out = tmp.resolve(engine);
    RunConfig config = new RunConfig("run",
        List.of(HOME.resolve("examples/seed").toString(), HOME.resolve("examples/news-sample.jsonl").toString()),
        out.toString(), null, null, null, SettingsLoader.load(conf), "test-" + engine);
    new JobRunner(config, new PrintStream(OutputStream.nullOutputStream()))
        .run(SparkTestSession.get(), EnumSet.of(JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE));
    Set<String> keys = new TreeSet<>();
    for (Row r : SparkTestSession.get().read().parquet(out.resolve("mentions").toString())
        .select("article_id", "actor_id", "begin", "end").collectAsList()) {
      keys.add(r.getString(0) + " " + r.getString(1) + " " + r.getInt(2) + "-" + r.getInt(3));
    }
    return keys;
  }

  @Test
  void sameMentionsFromBothEngines() throws IOException {
    Set<String> fast = mentions("fast");
    Set<String> sparkNlp = mentions("sparknlp");
    assertTrue(fast.size() > 300, "mentions: " + fast.size());
    assertEquals(fast, sparkNlp);
  }
}
