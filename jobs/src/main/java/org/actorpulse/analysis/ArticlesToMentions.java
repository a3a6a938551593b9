package org.actorpulse.analysis;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.actorpulse.model.Mention;
import org.actorpulse.model.Reject;
import org.actorpulse.table.MentionTable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * Articles to mentions: a {@code mapPartitions} that takes the engine its broadcast factory built once for
 * this executor and runs it over each article. An article the engine fails on is not lost: it is counted and
 * reported (with its id and the error) as an analysis reject.
 */
public final class ArticlesToMentions {
  /**
   * Failures a task keeps with details (the accumulator a task sees is its own); beyond it they are only counted,
   * as a broken engine fails every article.
   */
  static final int MAX_FAILURE_DETAILS = 10_000;

  private final Broadcast<EngineFactory> factory;
  private final LongAccumulator failed;
  private final CollectionAccumulator<String> failures;
  private final LongAccumulator engineNanos;
  private final LongAccumulator scoringNanos;

  public ArticlesToMentions(SparkSession spark, EngineFactory factory) {
    this.factory = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(factory);
    this.failed = spark.sparkContext().longAccumulator("analysis.failed");
    this.failures = spark.sparkContext().collectionAccumulator("analysis.failures");
    this.engineNanos = spark.sparkContext().longAccumulator("analysis.engine_ns");
    this.scoringNanos = spark.sparkContext().longAccumulator("analysis.scoring_ns");
  }

  /** @param articles rows with at least {@code article_id}, {@code date}, {@code source}, {@code text} */
  public Dataset<Row> apply(Dataset<Row> articles) {
    Broadcast<EngineFactory> f = factory;
    LongAccumulator failedCount = failed;
    CollectionAccumulator<String> failureDetails = failures;
    Timings timings = new Timings(engineNanos, scoringNanos);
    Dataset<Row> input = articles.select("article_id", "date", "source", "text");
    return input.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      AnalysisEngine engine = f.value().engine();
      return new MentionIterator(rows, engine, failedCount, failureDetails, timings);
    }, Encoders.row(MentionTable.SCHEMA));
  }

  /**
   * Articles the engine failed on, as analysis rejects whose raw record is the article id; read after the
   * mentions have been written. At most {@link #MAX_FAILURE_DETAILS} a task; {@link #failedCount()} counts all.
   */
  public List<Reject> failures(String articlesPath) {
    List<Reject> out = new ArrayList<>();
    for (String s : failures.value()) {
      int tab = s.indexOf('\t');
      out.add(new Reject("article_id=" + s.substring(0, tab), articlesPath, s.substring(tab + 1), "analyze"));
    }
    return out;
  }

  public long failedCount() {
    return failed.value();
  }

  /**
   * Seconds the engine spent on the articles, summed over tasks, and the part of it spent scoring sentiment (0 for
   * an engine that does not measure it); read after the mentions have been written. A retried task counts twice.
   */
  public EngineSeconds engineSeconds() {
    return new EngineSeconds(engineNanos.value() / 1e9, scoringNanos.value() / 1e9);
  }

  public record EngineSeconds(double engine, double scoring) {}

  /** The accumulators a task adds its articles' timings to. */
  private record Timings(LongAccumulator engine, LongAccumulator scoring) implements Serializable {}

  /** Flattens each article's mentions lazily, so a partition never holds more than one article's rows. */
  private static final class MentionIterator implements Iterator<Row> {
    private final Iterator<Row> articles;
    private final AnalysisEngine engine;
    private final LongAccumulator failed;
    private final CollectionAccumulator<String> failures;
    private final Timings timings;
    private Iterator<Row> current = java.util.Collections.emptyIterator();

    MentionIterator(Iterator<Row> articles, AnalysisEngine engine, LongAccumulator failed,
                    CollectionAccumulator<String> failures, Timings timings) {
      this.articles = articles;
      this.engine = engine;
      this.failed = failed;
      this.failures = failures;
      this.timings = timings;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && articles.hasNext()) current = analyze(articles.next());
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new java.util.NoSuchElementException();
      return current.next();
    }

    private Iterator<Row> analyze(Row article) {
      String id = article.getString(0);
      try {
        java.time.LocalDate date = article.getDate(1).toLocalDate();
        String source = article.getString(2);
        long t0 = System.nanoTime();
        AnalyzedText result = engine.analyze(article.getString(3), date);
        timings.engine().add(System.nanoTime() - t0);
        timings.scoring().add(result.scoringNanos());
        List<Row> rows = new ArrayList<>(result.mentions().size());
        for (TextMention m : result.mentions()) {
          rows.add(MentionTable.toRow(new Mention(id, date, source, m.actorId(), m.surface(), m.sentenceIndex(),
              m.begin(), m.end(), m.sentiment())));
        }
        return rows.iterator();
      } catch (RuntimeException | StackOverflowError e) {
        failed.add(1);
        if (failed.value() <= MAX_FAILURE_DETAILS) {
          failures.add(id + "\tanalysis:" + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
        }
        return java.util.Collections.emptyIterator();
      }
    }
  }
}
