package org.actorpulse.job;

import java.util.List;
import org.actorpulse.config.Settings;
import org.actorpulse.ingest.IngestCounts;
import org.actorpulse.ingest.IngestResult;
import org.actorpulse.ingest.IngestSettings;
import org.actorpulse.ingest.InputNotFoundException;
import org.actorpulse.ingest.InputsToArticles;
import org.actorpulse.output.RunRecord;
import org.actorpulse.output.TableWriter;
import org.apache.spark.sql.SparkSession;

/** The ingest stage: inputs to {@code articles} (by date) and {@code rejects} (appended, with the run id). */
public final class IngestJob {
  /** About 64 MB of compressed text per file at ~4 KB an article. */
  static final long ARTICLES_PER_FILE = 50_000;

  private IngestJob() {}

  public static void run(SparkSession spark, RunConfig config, TableWriter tables, RunRecord record)
      throws InputNotFoundException, java.io.IOException {
    Settings settings = config.settings();
    IngestSettings ingest = IngestSettings.of(config.inputs(), config.runId())
        .withWindow(config.from(), config.to())
        .withFieldNames(settings.fieldNames())
        .withMaxTextChars(settings.maxChars());
    try (IngestResult result = InputsToArticles.run(spark, ingest)) {
      // Dates without new articles keep theirs: an input batch need not hold every article of its dates.
      tables.writeByDate(Tables.ARTICLES, result.articles(), ARTICLES_PER_FILE, List.of());
      tables.append(Tables.REJECTS, result.rejects());
      IngestCounts c = result.counts();
      record.accounting.put("input_records", c.inputRecords());
      record.accounting.put("articles", c.articles());
      record.accounting.put("duplicates", c.duplicates());
      record.accounting.put("rejects", c.rejects());
      record.accounting.put("truncated", c.truncated());
      // What was written must be what was counted, before anything is committed.
      long written = tables.stagedCount(Tables.ARTICLES);
      long rejected = tables.stagedCount(Tables.REJECTS);
      if (written != c.articles() || rejected != c.rejects()) {
        throw new AccountingException("input records " + c.inputRecords() + " = articles " + c.articles()
            + " + duplicates " + c.duplicates() + " + rejects " + c.rejects() + ", but " + written
            + " articles and " + rejected + " rejects were written");
      }
    }
  }
}
