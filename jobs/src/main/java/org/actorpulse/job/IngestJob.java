package org.actorpulse.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.actorpulse.analysis.ArticlesToDupClusters;
import org.actorpulse.analysis.DupClusters;
import org.actorpulse.config.Settings;
import org.actorpulse.ingest.IngestCounts;
import org.actorpulse.ingest.IngestResult;
import org.actorpulse.ingest.IngestSettings;
import org.actorpulse.ingest.InputFile;
import org.actorpulse.ingest.InputNotFoundException;
import org.actorpulse.ingest.InputsToArticles;
import org.actorpulse.ingest.Reasons;
import org.actorpulse.output.RunRecord;
import org.actorpulse.output.TableWriter;
import org.actorpulse.table.ArticleTable;
import org.actorpulse.table.RejectTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ingest stage: inputs to {@code articles} (by date) and {@code rejects} (per input file, with the run id). */
public final class IngestJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
  /** About 64 MB of compressed text per file at ~4 KB an article. */
  static final long ARTICLES_PER_FILE = 50_000;

  private IngestJob() {}

  public static void run(SparkSession spark, RunConfig config, TableWriter tables, RunRecord record)
      throws InputNotFoundException, IOException {
    Settings settings = config.settings();
    IngestSettings ingest = IngestSettings.of(config.inputs(), config.runId())
        .withWindow(config.from(), config.to())
        .withFieldNames(settings.fieldNames())
        .withMaxTextChars(settings.maxChars())
        .withSourceAliases(settings.sourceAliases())
        .withHtml(settings.html())
        .withLanguages(settings.languages())
        .withNearDuplicates(settings.nearDuplicates());
    try (IngestResult result = InputsToArticles.run(spark, ingest);
         DupClusters clusters = clusters(settings, result)) {
      // Dates without new articles keep theirs: an input batch need not hold every article of its dates. A date
      // written is written whole, and its clusters are found among its own articles only, so they stay exact.
      Dataset<Row> articles = clusters.addTo(result.articles());
      if (result.datesInOneTask() && clusters.keepsPartitions()) {
        // Each date read by one task (daily files, as dumps come): its articles are written by that task, in the
        // order the shuffle by date gives them, without moving every text once more (3 GB at a million).
        LOG.info("ingest: each date's articles were read by one task; written without a shuffle");
        tables.writeByDateAsRead(Tables.ARTICLES, articles, ARTICLES_PER_FILE, List.of(), ArticleTable.ARTICLE_ID);
      } else {
        tables.writeByDate(Tables.ARTICLES, articles, ARTICLES_PER_FILE, List.of(), ArticleTable.ARTICLE_ID);
      }

      // Records outside --from/--to are not bad, only not this run's: counted, not kept as rejects, so that
      // windowed runs over the same files add up to one run over all of them.
      Column outside = col(RejectTable.REASON).equalTo(Reasons.DATE_OUTSIDE_WINDOW);
      Dataset<Row> rejects = result.rejects().where(not(outside));
      long outsideWindow = result.rejects().where(outside).count();
      // A file read again replaces its rejects, so rerunning the same input leaves the table as it was.
      Set<String> read = new HashSet<>();
      for (InputFile f : result.inputFiles()) read.add(f.displayName());
      Dataset<Row> kept = tables.exists(Tables.REJECTS)
          ? tables.read(Tables.REJECTS).where(not(col(RejectTable.INPUT_FILE).isin(read.toArray())))
          : spark.createDataFrame(List.of(), RejectTable.SCHEMA);
      long keptCount = kept.count();
      tables.writeSmall(Tables.REJECTS, kept.unionByName(rejects));

      IngestCounts c = result.counts();
      long rejected = c.rejects() - outsideWindow;
      record.accounting.put("input_records", c.inputRecords());
      record.accounting.put("articles", c.articles());
      record.accounting.put("duplicates", c.duplicates());
      record.accounting.put("rejects", rejected);
      record.accounting.put("outside_window", outsideWindow);
      record.accounting.put("truncated", c.truncated());
      record.accounting.put("skipped", c.skipped());
      record.accounting.put("near_duplicates", clusters.copies());
      // What was written must be what was counted, before anything is committed.
      long written = tables.stagedCount(Tables.ARTICLES);
      long rejectRows = tables.stagedCount(Tables.REJECTS) - keptCount;
      if (written != c.articles() || rejectRows != rejected) {
        throw new AccountingException("input records " + c.inputRecords() + " = articles " + c.articles()
            + " + duplicates " + c.duplicates() + " + rejects " + rejected + " + outside the window "
            + outsideWindow + " + skipped " + c.skipped() + ", but " + written + " articles and " + rejectRows
            + " rejects were written");
      }
    }
  }

  /**
   * From the sketches ingest's first read made, so that the article texts are not read once more for them. They are
   * null only when near-duplicates are off, and then no clusters are looked for.
   */
  private static DupClusters clusters(Settings settings, IngestResult result) {
    return new ArticlesToDupClusters(settings.nearDuplicates()).fromSketches(result.sketches());
  }
}
