package org.actorpulse.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.Settings;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.corpus.ArticleGenerator;
import org.actorpulse.corpus.CorpusSpec;
import org.actorpulse.corpus.CorpusWriter;
import org.actorpulse.corpus.InsertableAliases;
import org.actorpulse.corpus.SentencePool;
import org.actorpulse.corpus.Slant;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.output.TableWriter;
import org.actorpulse.report.TablesToSourceComparison;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.SourceComparison;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of real news sentences in which one source is built to be harsher toward one actor: the
 * {@code source_actor} table flags that source for that actor and no other source, and shares of voice add up.
 */
class SourceComparisonPipelineTest {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home"));
  /** The third largest of eight sources: big enough to test, small enough not to dominate the others' pool. */
  static final int SLANT_RANK = 3;
  @TempDir static Path tmp;
  static Path out;
  static Settings settings;
  static String slantActor;
  static String slantSource;

  @BeforeAll
  static void runOnSlantedCorpus() throws IOException {
    settings = SettingsLoader.load(null);
    ActorDictionary dictionary = ActorDictionary.load(settings.dictionary());
    InsertableAliases aliases = InsertableAliases.from(dictionary);
    // The most inserted actor (Zipf rank 1) has mentions enough in every source for the test to have power.
    slantActor = aliases.actorIds().get(0);
    CorpusSpec spec = new CorpusSpec(800, 4, 8, LocalDate.of(2017, 9, 4), 7, false, 1_500, 4.0, 1 << 20,
        new Slant(SLANT_RANK, slantActor));
    SentencePool sentences = SentencePool.load(HOME.resolve("../shared/data/newsmtsc/train.jsonl"), null);
    ArticleGenerator generator = new ArticleGenerator(spec, sentences, aliases);
    slantSource = generator.sourceName(SLANT_RANK - 1);
    Path corpus = tmp.resolve("corpus");
    new CorpusWriter(spec, generator).write(corpus);

    out = tmp.resolve("out");
    RunConfig config = new RunConfig("run", List.of(corpus.toString()), out.toString(), null, null, null, settings,
        "slant");
    new JobRunner(config, new PrintStream(OutputStream.nullOutputStream()))
        .run(SparkTestSession.get(), EnumSet.of(JobRunner.Stage.INGEST, JobRunner.Stage.ANALYZE,
            JobRunner.Stage.AGGREGATE));
  }

  private static Dataset<Row> sourceActor() {
    return SparkTestSession.get().read().parquet(out.resolve("source_actor").toString());
  }

  @Test
  void theHarshSourceIsFlaggedForItsActorAndNoOtherSourceIs() {
    List<Row> month = sourceActor()
        .where(col("granularity").equalTo("month").and(col("actor_id").equalTo(slantActor)))
        .select("source", "sentiment_n", "sentiment_mean", "delta", "divergent").collectAsList();
    assertEquals(8, month.size(), month.toString());
    for (Row r : month) {
      boolean harsh = r.getString(0).equals(slantSource);
      assertEquals(harsh, r.getBoolean(4), r.toString());
      assertTrue(r.getLong(1) >= settings.divergenceTest().minN() || !harsh, r.toString());
      if (harsh) assertTrue(r.getDouble(3) < -0.1, "harsher than the rest: " + r);
    }
  }

  @Test
  void onlyTheHarshSourceAndTheActorsLineageAreEverFlagged() {
    Set<String> lineage = Set.copyOf(ActorDictionary.load(settings.dictionary()).lineage(slantActor));
    for (Row r : sourceActor().where(col("divergent")).select("granularity", "source", "actor_id").collectAsList()) {
      assertEquals(slantSource, r.getString(1), r.toString());
      assertTrue(lineage.contains(r.getString(2)), r.toString());
    }
  }

  @Test
  void shareOfVoiceOverTopLevelActorsSumsToOnePerSourceAndPeriod() {
    Dataset<Row> parents = SparkTestSession.get().read().parquet(out.resolve("actors").toString())
        .select("actor_id", "parent_id");
    List<Row> sums = sourceActor().join(parents, "actor_id").where(col("parent_id").isNull())
        .groupBy("granularity", "period_start", "source").agg(sum("share_of_voice")).collectAsList();
    assertTrue(sums.size() > 8 * 3, "rows for every source in several periods: " + sums.size());
    for (Row r : sums) assertEquals(1.0, r.getDouble(3), 1e-9, r.toString());
  }

  @Test
  void theSourcesTableCountsEveryArticle() {
    Dataset<Row> sources = SparkTestSession.get().read().parquet(out.resolve("sources").toString());
    assertEquals(8, sources.count());
    assertEquals(800L, sources.agg(sum("articles")).first().getLong(0));
    Row harsh = sources.where(col("source").equalTo(slantSource)).first();
    assertEquals(LocalDate.of(2017, 9, 4), harsh.getDate(harsh.fieldIndex("first_date")).toLocalDate());
    assertEquals(LocalDate.of(2017, 9, 7), harsh.getDate(harsh.fieldIndex("last_date")).toLocalDate());
    assertTrue(harsh.getDouble(harsh.fieldIndex("mean_chars")) > 500);
  }

  @Test
  void mergedOverAllWeeksTheComparisonStillFlagsTheHarshSourceAlone() {
    TableWriter tables = TableWriter.forReading(SparkTestSession.get(), out.toString());
    TablesToSourceComparison.Cells slanted = TablesToSourceComparison.read(tables, Granularity.WEEK, null,
        List.of(slantActor), 3);
    List<SourceComparison.Line> lines = SourceComparison.compare(slanted.cells(), slanted.topLevelBySource(),
        settings.divergenceTest()).get(slantActor);
    assertEquals(8, lines.size());
    for (SourceComparison.Line l : lines) assertEquals(l.source().equals(slantSource), l.divergent(), l.toString());

    TablesToSourceComparison.Cells top = TablesToSourceComparison.read(tables, Granularity.WEEK, null, List.of(), 3);
    assertEquals(3, top.actors().size());
    SourceComparison.compare(top.cells(), top.topLevelBySource(), settings.divergenceTest()).forEach((actor, ls) -> {
      for (SourceComparison.Line l : ls) {
        assertFalse(l.divergent() && !(actor.equals(slantActor) && l.source().equals(slantSource)), l.toString());
      }
    });
  }
}
