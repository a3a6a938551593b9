package org.actorpulse.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.Settings;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.dedup.Stories;
import org.actorpulse.dedup.Stories.Edit;
import org.actorpulse.dedup.Stories.Story;
import org.actorpulse.output.RunRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire story syndicated five times in a day is one article in the actor tables by default and five with
 * {@code count-copies}; day-by-day runs still equal one run, and a rerun changes nothing.
 *
 * <p>2017-09-25: the seed article (ISIS, SDF, Russia, ...) from a wire and four outlets, each with its own headline
 * and edit, and three unrelated stories. 2017-09-26: a story three times, and one more copy of the seed, which the
 * same-date rule keeps out of the first day's cluster.
 */
class NearDuplicatesPipelineTest {
  static final LocalDate DAY1 = LocalDate.of(2017, 9, 25);
  static final LocalDate DAY2 = LocalDate.of(2017, 9, 26);
  static final List<String> TABLES = List.of("articles", "mentions", "article_actors", "actor_daily",
      "actor_sentiment", "actor_pairs");
  @TempDir static Path tmp;
  static Path input;
  static Path once;
  static RunRecord onceRun;

  @BeforeAll
  static void runOnce() throws IOException {
    input = tmp.resolve("in");
    Files.createDirectories(input);
    Stories stories = Stories.load();
    Story seed = Stories.seed();
    List<Story> others = stories.stories().stream().filter(s -> List.of("Russia", "Korea", "Iran").contains(s.topic()))
        .limit(4).toList();
    List<String> day1 = new ArrayList<>();
    day1.add(line("w-seed", DAY1, "wire", "Tensions grow between SDF and Damascus", seed.text()));
    int i = 0;
    for (Edit e : List.of(Edit.DATELINE, Edit.PARAGRAPH_ADDED, Edit.LAST_PARAGRAPH_TRIMMED, Edit.WORDS_SUBSTITUTED)) {
      i++;
      // Ids below and above the wire's: the representative is the least id, whoever published first.
      day1.add(line((i % 2 == 0 ? "a" : "x") + "-seed-" + e, DAY1, "outlet" + i, "Headline " + i,
          stories.copy(seed, e, i)));
    }
    for (int k = 0; k < 3; k++) day1.add(line("other-" + k, DAY1, "outlet" + k, null, others.get(k).text()));
    List<String> day2 = new ArrayList<>();
    Story third = others.get(3);
    day2.add(line("t-0", DAY2, "wire", "Talks", third.text()));
    day2.add(line("t-1", DAY2, "outlet1", "Talks resume", stories.copy(third, Edit.DATELINE, 1)));
    day2.add(line("t-2", DAY2, "outlet2", "Talks", stories.copy(third, Edit.LAST_PARAGRAPH_TRIMMED, 2)));
    // Edited unlike any day-1 copy: an exact copy of a day-1 text would be dropped by ingest as a duplicate.
    day2.add(line("late-seed", DAY2, "outlet9", "Late", stories.copy(seed, Edit.DATELINE_TRIMMED_AND_SUBSTITUTED, 9)));
    Files.write(input.resolve("day1.jsonl"), day1);
    Files.write(input.resolve("day2.jsonl"), day2);

    once = tmp.resolve("once");
    onceRun = run(once, null, null, SettingsLoader.load(null), "once", JobRunner.Stage.INGEST,
        JobRunner.Stage.ANALYZE, JobRunner.Stage.AGGREGATE);
  }

  private static String line(String id, LocalDate date, String source, String title, String text) {
    ObjectNode n = new ObjectMapper().createObjectNode();
    n.put("id", id).put("date", date.toString()).put("source", source).put("title", title).put("text", text);
    return n.toString();
  }

  private static RunRecord run(Path out, LocalDate from, LocalDate to, Settings settings, String runId,
                               JobRunner.Stage... stages) {
    boolean ingests = List.of(stages).contains(JobRunner.Stage.INGEST);
    RunConfig config = new RunConfig(ingests ? "run" : "aggregate", ingests ? List.of(input.toString()) : List.of(),
        out.toString(), null, from, to, settings, runId);
    return new JobRunner(config, new PrintStream(OutputStream.nullOutputStream()))
        .run(SparkTestSession.get(), EnumSet.copyOf(List.of(stages)));
  }

  private static Dataset<Row> table(Path out, String name) {
    return SparkTestSession.get().read().parquet(out.resolve(name).toString());
  }

  private static long isisOnDay1(Path out, String column) {
    return table(out, "actor_daily").where("actor_id = 'ISIS' AND date = DATE'2017-09-25'").first()
        .getLong(table(out, "actor_daily").schema().fieldIndex(column));
  }

  private static Map<String, List<String>> snapshot(Path out) {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String t : TABLES) {
      List<String> lines = new ArrayList<>();
      for (Row r : table(out, t).collectAsList()) lines.add(r.toString());
      lines.sort(null);
      tables.put(t, lines);
    }
    return tables;
  }

  @Test
  void theSyndicatedStoryIsOneClusterOfFiveOnItsDay() {
    List<Row> seedCopies = table(once, "articles").where("article_id LIKE '%seed%'")
        .select("article_id", "date", "dup_cluster", "dup_count").orderBy("article_id").collectAsList();
    assertEquals(6, seedCopies.size());
    for (Row r : seedCopies) {
      if (r.getString(0).equals("late-seed")) {
        assertEquals("late-seed", r.getString(2), "a copy on another date is not in the cluster");
        assertEquals(1, r.getInt(3));
      } else {
        assertEquals("a-seed-PARAGRAPH_ADDED", r.getString(2), "the least id represents the cluster");
        assertEquals(5, r.getInt(3), r.toString());
      }
    }
    assertEquals(3, table(once, "articles").where("article_id LIKE 't-%' AND dup_cluster = 't-0'").count());
    assertEquals(0, table(once, "articles").where("article_id LIKE 'other-%' AND dup_count > 1").count());
    assertEquals(4L + 2L, onceRun.accounting.get("near_duplicates"), "four copies of the seed, two of the talks");
  }

  @Test
  void theActorTablesCountTheClusterOnceByDefaultAndEveryCopyWithTheSwitch() throws IOException {
    assertEquals(5, table(once, "mentions").where("actor_id = 'ISIS' AND date = DATE'2017-09-25'")
        .select("article_id").distinct().count(), "mentions keep every copy");
    long mentionsOnce = isisOnDay1(once, "mentions");
    assertEquals(1, isisOnDay1(once, "articles"));
    List<Row> isisArticles = table(once, "article_actors")
        .where("actor_id = 'ISIS' AND date = DATE'2017-09-25'").collectAsList();
    assertEquals(1, isisArticles.size());
    assertEquals("a-seed-PARAGRAPH_ADDED", isisArticles.get(0).getAs("article_id"));
    assertEquals(mentionsOnce, (long) isisArticles.get(0).<Long>getAs("mentions"));
    assertEquals(4, totalArticlesOnDay1(once), "the seed's cluster and three other stories");

    Path conf = tmp.resolve("copies.conf");
    Files.writeString(conf, "actorpulse.dedup.near-duplicates.count-copies = true\n");
    run(once, null, null, SettingsLoader.load(conf), "copies", JobRunner.Stage.AGGREGATE);
    try {
      assertEquals(5, isisOnDay1(once, "articles"));
      assertEquals(5, table(once, "article_actors").where("actor_id = 'ISIS' AND date = DATE'2017-09-25'").count());
      long mentionsAll = isisOnDay1(once, "mentions");
      assertTrue(mentionsAll > 4 * mentionsOnce, mentionsAll + " mentions of ISIS in five copies, " + mentionsOnce
          + " in one");
      assertEquals(8, totalArticlesOnDay1(once), "every copy");
    } finally {
      run(once, null, null, SettingsLoader.load(null), "back", JobRunner.Stage.AGGREGATE);
    }
  }

  private static long totalArticlesOnDay1(Path out) {
    return table(out, "actor_pairs").where("granularity = 'day' AND period_start = DATE'2017-09-25'")
        .select("total_articles").distinct().first().getLong(0);
  }

  @Test
  void dayByDayEqualsOneRunAndRerunsChangeNothing() {
    Map<String, List<String>> oneRun = snapshot(once);
    Path daily = tmp.resolve("daily");
    Settings settings = SettingsLoader.load(null);
    run(daily, null, DAY1, settings, "d1", JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE, JobRunner.Stage.AGGREGATE);
    run(daily, DAY2, null, settings, "d2", JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE, JobRunner.Stage.AGGREGATE);
    assertEquals(oneRun, snapshot(daily));
    run(daily, null, null, settings, "again", JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE,
        JobRunner.Stage.AGGREGATE);
    assertEquals(oneRun, snapshot(daily), "the same input again changes nothing");
  }
}
