package org.actorpulse.job;

import java.util.List;
import java.util.Locale;
import org.actorpulse.analysis.ArticlesToMentions;
import org.actorpulse.analysis.EngineFactory;
import org.actorpulse.model.Reject;
import org.actorpulse.output.TableWriter;
import org.actorpulse.table.MentionTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The analyze stage: {@code articles} (within the date window) to {@code mentions}. */
public final class AnalyzeJob {
  private static final Logger LOG = LoggerFactory.getLogger(AnalyzeJob.class);
  /** About 150 MB of Parquet per file at ~75 bytes a compressed mention row. */
  static final long MENTIONS_PER_FILE = 2_000_000;

  private AnalyzeJob() {}

  /**
   * What the engine failed on, and what it cost.
   *
   * @param rejects the failed articles with their errors (capped per task)
   * @param failed  how many articles failed, all counted
   * @param seconds the engine's time summed over tasks, and the part spent scoring sentiment
   */
  public record Outcome(List<Reject> rejects, long failed, ArticlesToMentions.EngineSeconds seconds) {}

  public static Outcome run(SparkSession spark, RunConfig config, TableWriter tables, EngineFactory engine) {
    Dataset<Row> articles = tables.read(Tables.ARTICLES);
    if (config.dateCondition() != null) articles = articles.where(config.dateCondition());
    ArticlesToMentions analysis = new ArticlesToMentions(spark, engine);
    // Every analysed date gets its mentions replaced, also a date whose articles now have none.
    List<String> dates = tables.dates(Tables.ARTICLES).stream().filter(config::inWindow).toList();
    tables.writeByDateAsRead(MentionTable.NAME, analysis.apply(articles), MENTIONS_PER_FILE, dates);
    ArticlesToMentions.EngineSeconds seconds = analysis.engineSeconds();
    if (seconds.engine() > 0) {
      LOG.info("analyze: the engine took {} s of task time, scoring sentiment {} s of it ({}%)",
          String.format(Locale.ROOT, "%.1f", seconds.engine()), String.format(Locale.ROOT, "%.1f", seconds.scoring()),
          Math.round(100 * seconds.scoring() / seconds.engine()));
    }
    return new Outcome(analysis.failures(tables.path(Tables.ARTICLES)), analysis.failedCount(), seconds);
  }
}
