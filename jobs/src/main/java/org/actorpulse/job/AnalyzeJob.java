package org.actorpulse.job;

import java.util.List;
import org.actorpulse.analysis.ArticlesToMentions;
import org.actorpulse.analysis.EngineFactory;
import org.actorpulse.model.Reject;
import org.actorpulse.output.TableWriter;
import org.actorpulse.table.MentionTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The analyze stage: {@code articles} (within the date window) to {@code mentions}. */
public final class AnalyzeJob {
  /** About 150 MB of Parquet per file at ~75 bytes a compressed mention row. */
  static final long MENTIONS_PER_FILE = 2_000_000;

  private AnalyzeJob() {}

  /**
   * What the engine failed on.
   *
   * @param rejects the failed articles with their errors (capped per task)
   * @param failed  how many articles failed, all counted
   */
  public record Failures(List<Reject> rejects, long failed) {}

  public static Failures run(SparkSession spark, RunConfig config, TableWriter tables, EngineFactory engine) {
    Dataset<Row> articles = tables.read(Tables.ARTICLES);
    if (config.dateCondition() != null) articles = articles.where(config.dateCondition());
    ArticlesToMentions analysis = new ArticlesToMentions(spark, engine);
    // Every analysed date gets its mentions replaced, also a date whose articles now have none.
    List<String> dates = tables.dates(Tables.ARTICLES).stream().filter(config::inWindow).toList();
    tables.writeByDate(MentionTable.NAME, analysis.apply(articles), MENTIONS_PER_FILE, dates);
    return new Failures(analysis.failures(tables.path(Tables.ARTICLES)), analysis.failedCount());
  }
}
