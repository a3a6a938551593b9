package org.actorpulse.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.output.RunRecord;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The articles table is the same whether each date was read by one task (daily files: written where read) or a
 * date's articles came from several tasks (gathered by a shuffle): per date, the same files' worth of rows, each
 * file in article_id order.
 */
class ArticlesByDateTest {
  @TempDir Path tmp;

  private static final List<String> SEP25 = List.of("k", "c", "x", "a");
  private static final List<String> SEP26 = List.of("q", "b", "m");
  private static final List<String> SEP27 = List.of("g", "f");
  private static final List<String> SEP28 = List.of("h");

  private static String lines(String date, List<String> ids) {
    StringBuilder sb = new StringBuilder();
    for (String id : ids) {
      sb.append("{\"id\":\"").append(id).append("\",\"date\":\"").append(date)
          .append("\",\"text\":\"The SDF said that article ").append(id).append(" was new.\"}\n");
    }
    return sb.toString();
  }

  private Path ingest(Path input, String name) {
    Path out = tmp.resolve(name);
    RunConfig config = new RunConfig("ingest", List.of(input.toString()), out.toString(), null, null, null,
        SettingsLoader.load(null), name);
    RunRecord r = new JobRunner(config, new PrintStream(OutputStream.nullOutputStream()))
        .run(SparkTestSession.get(), EnumSet.of(JobRunner.Stage.INGEST));
    assertEquals("succeeded", r.status, r.message);
    assertEquals(10L, r.accounting.get("articles"));
    return out;
  }

  /** date -> the article ids of each of its files, in file order. */
  private static Map<String, List<List<String>>> layout(Path out) throws IOException {
    Map<String, List<List<String>>> dates = new TreeMap<>();
    try (Stream<Path> dirs = Files.list(out.resolve("articles"))) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        List<List<String>> files = new ArrayList<>();
        try (Stream<Path> parts = Files.list(d)) {
          for (Path f : parts.filter(p -> p.toString().endsWith(".parquet")).sorted().toList()) {
            files.add(SparkTestSession.get().read().parquet(f.toString()).select("article_id")
                .as(Encoders.STRING()).collectAsList());
          }
        }
        dates.put(d.getFileName().toString(), files);
      }
    }
    return dates;
  }

  @Test
  void dailyFilesAreWrittenAsReadAndMatchADateSpreadOverTasks() throws IOException {
    // As many daily files as the test session's parallelism (4), so the read is not spread over more tasks.
    Path daily = Files.createDirectory(tmp.resolve("daily"));
    Files.writeString(daily.resolve("2017-09-25.jsonl"), lines("2017-09-25", SEP25));
    Files.writeString(daily.resolve("2017-09-26.jsonl"), lines("2017-09-26", SEP26));
    Files.writeString(daily.resolve("2017-09-27.jsonl"), lines("2017-09-27", SEP27));
    Files.writeString(daily.resolve("2017-09-28.jsonl"), lines("2017-09-28", SEP28));
    // The same articles, 25 September in two files: two read tasks hold it.
    Path mixed = Files.createDirectory(tmp.resolve("mixed"));
    Files.writeString(mixed.resolve("part-1.jsonl"), lines("2017-09-25", SEP25.subList(0, 2))
        + lines("2017-09-26", SEP26));
    Files.writeString(mixed.resolve("part-2.jsonl"), lines("2017-09-25", SEP25.subList(2, 4)));
    Files.writeString(mixed.resolve("part-3.jsonl"), lines("2017-09-27", SEP27));
    Files.writeString(mixed.resolve("part-4.jsonl"), lines("2017-09-28", SEP28));

    Map<String, List<List<String>>> expected = Map.of("date=2017-09-25", List.of(List.of("a", "c", "k", "x")),
        "date=2017-09-26", List.of(List.of("b", "m", "q")), "date=2017-09-27", List.of(List.of("f", "g")),
        "date=2017-09-28", List.of(List.of("h")));
    assertEquals(expected, layout(ingest(daily, "as-read")));
    assertEquals(expected, layout(ingest(mixed, "shuffled")));
  }
}
