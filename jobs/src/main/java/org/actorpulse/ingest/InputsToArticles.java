package org.actorpulse.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.actorpulse.model.Reject;
import org.actorpulse.table.ArticleTable;
import org.actorpulse.table.RejectTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: input files to the {@code articles} and {@code rejects} tables.
 *
 * <p>How it runs: Parquet files go through Spark's reader; every other file is streamed by a read task
 * (files grouped by size, one group per task) that sniffs its format, decompresses gzip and parses records
 * with one Jackson mapper per partition. The parsed records (articles without their raw text, rejects with it)
 * are persisted ({@link StorageLevel#MEMORY_AND_DISK()}), after a round-robin repartition when there are
 * fewer read partitions than cores (one big .gz would otherwise leave later stages on one core).
 *
 * <p>Duplicates are found on a slim projection of the persisted records (key, date, id, record number), so
 * only small rows are shuffled: among articles with the same normalised text ({@link Texts#normalise}) the
 * one with the smallest date, then article_id, then input file and line is kept; the others are counted as
 * {@code duplicates} (not rejects, not written). Then among the kept ones, an article_id held by several
 * different texts is kept for the smallest date (then text key) and the others become {@code id:duplicate}
 * rejects, so {@code article_id} is unique in {@code articles}. The marked record numbers are persisted too
 * and broadcast-joined to the parsed records. The caller must {@link IngestResult#close()} the result.
 */
public final class InputsToArticles {
  private static final Logger LOG = LoggerFactory.getLogger(InputsToArticles.class);

  /** Read tasks aim at this much (uncompressed) input each, beyond one per core. */
  static final long TARGET_BYTES_PER_TASK = 128L * 1024 * 1024;

  private static final String MARK = "mark";
  private static final String STATUS = "status";
  private static final int MARK_DUPLICATE = 1;
  private static final int MARK_ID_DUPLICATE = 2;
  private static final String ARTICLE = "article";
  private static final String DUPLICATE = "duplicate";
  private static final String REJECT = "reject";

  private InputsToArticles() {}

  /**
   * Reads, maps and de-duplicates the inputs and counts the outcome (this runs Spark jobs).
   *
   * @throws InputNotFoundException when an input path does not exist or a glob matches nothing
   * @throws IOException            when the input file system cannot be listed
   */
  public static IngestResult run(SparkSession spark, IngestSettings settings)
      throws InputNotFoundException, IOException {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = InputResolver.resolve(settings.inputs(), hadoopConf);
    FieldMapping mapping = FieldMapping.withExtraNames(settings.fieldNames());
    RecordMapper mapper = new RecordMapper(settings.from(), settings.to(), settings.maxTextChars());

    List<InputFile> parquet = new ArrayList<>();
    List<InputFile> streamed = new ArrayList<>();
    for (InputFile f : files) (isParquet(f, hadoopConf) ? parquet : streamed).add(f);
    LOG.info("ingest: {} files ({} Parquet, {} streamed)", files.size(), parquet.size(), streamed.size());

    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int cores = jsc.defaultParallelism();
    Dataset<Row> parsed = null;
    if (!streamed.isEmpty()) {
      List<List<InputFile>> groups = FilePlanner.plan(streamed, cores, TARGET_BYTES_PER_TASK);
      Broadcast<SerializableWritable<Configuration>> conf = jsc.broadcast(new SerializableWritable<>(hadoopConf));
      List<Integer> indexes = java.util.stream.IntStream.range(0, groups.size()).boxed().toList();
      JavaRDD<Row> rows = jsc.parallelize(indexes, groups.size())
          .mapPartitions(new ReadFiles(groups, conf, mapping, mapper));
      parsed = spark.createDataFrame(rows, ParsedRows.SCHEMA);
    }
    if (!parquet.isEmpty()) {
      Dataset<Row> p = ParquetInputs.read(spark, parquet, mapping, mapper);
      parsed = parsed == null ? p : parsed.unionByName(p);
    }
    if (parsed.javaRDD().getNumPartitions() < cores) parsed = parsed.repartition(cores);
    parsed = parsed.withColumn(ParsedRows.REC_ID, monotonically_increasing_id())
        .persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> marks = duplicateMarks(parsed).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> marked = parsed.join(broadcast(marks), scala.collection.JavaConverters
            .asScalaBuffer(List.of(ParsedRows.REC_ID)).toSeq(), "left_outer")
        .withColumn(STATUS, when(col(ParsedRows.REASON).isNotNull(), lit(REJECT))
            .when(col(MARK).equalTo(MARK_DUPLICATE), lit(DUPLICATE))
            .when(col(MARK).equalTo(MARK_ID_DUPLICATE), lit(REJECT))
            .otherwise(lit(ARTICLE)));

    IngestCounts counts = count(marked);
    LOG.info("ingest: {}", counts);
    return new IngestResult(articles(marked), rejects(marked, settings.runId()), counts, List.of(parsed, marks));
  }

  private static boolean isParquet(InputFile f, Configuration conf) throws IOException {
    InputFormat byName = FormatSniffer.byName(f.uri());
    if (byName != null) return byName == InputFormat.PARQUET;
    String ext = FormatSniffer.contentExtension(f.uri());
    if (f.compressed() || List.of("json", "jsonl", "ndjson", "txt", "text", "tsv").contains(ext)) return false;
    Path p = new Path(f.uri());
    byte[] head = new byte[4];
    int n;
    try (InputStream in = p.getFileSystem(conf).open(p)) {
      n = in.readNBytes(head, 0, 4);
    }
    return FormatSniffer.isParquet(head, n);
  }

  /** (rec_id, mark) for every article record that is not kept: a duplicate text or a taken article_id. */
  private static Dataset<Row> duplicateMarks(Dataset<Row> parsed) {
    Dataset<Row> slim = parsed.filter(col(ParsedRows.REASON).isNull())
        .select(ParsedRows.REC_ID, ParsedRows.TEXT_KEY, ParsedRows.DATE, ParsedRows.ARTICLE_ID,
            ParsedRows.INPUT_FILE, ParsedRows.LINE);
    WindowSpec byText = Window.partitionBy(ParsedRows.TEXT_KEY)
        .orderBy(col(ParsedRows.DATE), col(ParsedRows.ARTICLE_ID), col(ParsedRows.INPUT_FILE),
            col(ParsedRows.LINE), col(ParsedRows.REC_ID));
    Dataset<Row> ranked = slim.withColumn("r", row_number().over(byText));
    Dataset<Row> dupText = ranked.filter(col("r").gt(1))
        .select(col(ParsedRows.REC_ID), lit(MARK_DUPLICATE).as(MARK));
    WindowSpec byId = Window.partitionBy(ParsedRows.ARTICLE_ID)
        .orderBy(col(ParsedRows.DATE), col(ParsedRows.TEXT_KEY), col(ParsedRows.INPUT_FILE),
            col(ParsedRows.LINE), col(ParsedRows.REC_ID));
    Dataset<Row> dupId = ranked.filter(col("r").equalTo(1))
        .withColumn("r2", row_number().over(byId))
        .filter(col("r2").gt(1))
        .select(col(ParsedRows.REC_ID), lit(MARK_ID_DUPLICATE).as(MARK));
    return dupText.union(dupId);
  }

  private static IngestCounts count(Dataset<Row> marked) {
    long articles = 0;
    long duplicates = 0;
    long rejects = 0;
    long truncated = 0;
    for (Row r : marked.groupBy(STATUS, ParsedRows.TRUNCATED).count().collectAsList()) {
      long n = r.getLong(2);
      switch (r.getString(0)) {
        case ARTICLE -> {
          articles += n;
          if (r.getBoolean(1)) truncated += n;
        }
        case DUPLICATE -> duplicates += n;
        default -> rejects += n;
      }
    }
    return new IngestCounts(articles + duplicates + rejects, articles, duplicates, rejects, truncated);
  }

  private static Dataset<Row> articles(Dataset<Row> marked) {
    // Article rows always hold these values; coalesce only shows Spark's analyser that they are not null,
    // which Dataset.to needs for the table's non-nullable columns.
    return marked.filter(col(STATUS).equalTo(ARTICLE))
        .select(
            coalesce(col(ArticleTable.ARTICLE_ID), lit("")).as(ArticleTable.ARTICLE_ID),
            coalesce(col(ArticleTable.DATE), lit(java.sql.Date.valueOf("1970-01-01"))).as(ArticleTable.DATE),
            coalesce(col(ArticleTable.SOURCE), lit(Sources.UNKNOWN)).as(ArticleTable.SOURCE),
            col(ArticleTable.URL),
            col(ArticleTable.TITLE),
            coalesce(col(ArticleTable.TEXT), lit("")).as(ArticleTable.TEXT),
            coalesce(col(ArticleTable.N_CHARS), lit(0)).as(ArticleTable.N_CHARS))
        .to(ArticleTable.SCHEMA);
  }

  private static Dataset<Row> rejects(Dataset<Row> marked, String runId) {
    // id:duplicate rejects were articles and have no raw record: they get their fields as JSON instead.
    return marked.filter(col(STATUS).equalTo(REJECT))
        .select(
            coalesce(col(ParsedRows.RAW), substring(to_json(struct(col(ArticleTable.ARTICLE_ID),
                col(ArticleTable.DATE), col(ArticleTable.SOURCE), col(ArticleTable.URL), col(ArticleTable.TITLE),
                col(ArticleTable.TEXT))), 1, Reject.MAX_RAW_CHARS)).as(RejectTable.RAW),
            col(ParsedRows.INPUT_FILE).as(RejectTable.INPUT_FILE),
            col(ParsedRows.LINE).as(RejectTable.LINE),
            coalesce(col(ParsedRows.REASON), lit(Reasons.ID_DUPLICATE)).as(RejectTable.REASON), // never null
            lit(Reasons.STAGE).as(RejectTable.STAGE),
            lit(runId).as(RejectTable.RUN_ID))
        .to(RejectTable.SCHEMA);
  }
}
