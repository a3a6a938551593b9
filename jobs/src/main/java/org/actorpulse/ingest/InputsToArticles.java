package org.actorpulse.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.actorpulse.dedup.NearDuplicateOptions;
import org.actorpulse.dedup.Sketcher;
import org.actorpulse.model.Reject;
import org.actorpulse.table.ArticleTable;
import org.actorpulse.table.RejectTable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The ingest stage: input files to the {@code articles} and {@code rejects} tables.
 *
 * <p>Reading: Parquet files go through Spark's reader; every other file is streamed by read tasks that
 * sniff its format and gzip from the first bytes and parse JSON with one Jackson factory per partition.
 * Large plain JSON Lines files are cut into byte ranges (a first cheap job counts their lines, so that line
 * numbers stay exact); small files are grouped into tasks by size.
 *
 * <p>Two passes, little memory: {@link #run} reads the inputs once in a slim shape (ids, dates, text keys,
 * the raw record of rejects only, and, when near-duplicates are looked for, each article's shingles and band
 * keys) and persists that; it finds the duplicates on it and counts. The
 * {@code articles} dataset it returns reads the inputs again in full (parsing is deterministic, so records
 * are identified by {@code (input_file, rec)} across the passes) and drops the duplicates with a broadcast
 * anti-join: each action on it parses the inputs again, so persist it if you use it more than once. The
 * {@code rejects} dataset reads from the persisted slim rows, plus, only when there are {@code id:duplicate}
 * rejects (whose raw record is their article as JSON), rows that {@link #run} made and persisted with one
 * more full read.
 *
 * <p>Duplicates: among articles with the same normalised text ({@link Texts#normalise}) the one with the
 * smallest date, then article_id, then input file and line is kept; the others are counted as
 * {@code duplicates} (not rejects, not written). Then among the kept ones, an article_id held by different
 * texts is kept for the smallest date (then text key, file, line) and the others become {@code id:duplicate}
 * rejects, so {@code article_id} is unique in {@code articles}.
 *
 * <p>Persisted ({@link StorageLevel#MEMORY_AND_DISK()}): the slim rows, the (small) set of marked duplicates,
 * and the id:duplicate rejects if any.
 * The caller must {@link IngestResult#close()} the result once the datasets are written.
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
  private static final String ID_DUPLICATE = "id-duplicate";
  private static final String SKIPPED = "skipped";
  private static final Seq<String> KEY = JavaConverters.asScalaBuffer(List.of(ParsedRows.INPUT_FILE, ParsedRows.REC)).toSeq();

  private InputsToArticles() {}

  /**
   * Resolves and reads the inputs, finds duplicates and counts the outcome (this runs Spark jobs).
   *
   * @throws InputNotFoundException when an input path does not exist, a glob matches nothing or a folder
   *                                holds no file
   * @throws IOException            when the input file system cannot be listed or read
   */
  public static IngestResult run(SparkSession spark, IngestSettings settings)
      throws InputNotFoundException, IOException {
    return run(spark, settings, -1);
  }

  /** @param splitBytes byte-range size for large JSON Lines files; -1 for the default (tests use tiny ones) */
  static IngestResult run(SparkSession spark, IngestSettings settings, long splitBytes)
      throws InputNotFoundException, IOException {
    Reader reader = new Reader(spark, settings, splitBytes);

    List<Dataset<Row>> persisted = new ArrayList<>();
    try {
      Dataset<Row> slim = reader.read(true).persist(StorageLevel.MEMORY_AND_DISK());
      persisted.add(slim);
      Dataset<Row> marks = duplicateMarks(slim).persist(StorageLevel.MEMORY_AND_DISK());
      persisted.add(marks);
      long[] byStatus = count(slim, marks);
      IngestCounts counts = new IngestCounts(byStatus[0] + byStatus[1] + byStatus[2] + byStatus[3] + byStatus[5],
          byStatus[0], byStatus[1], byStatus[2] + byStatus[3], byStatus[4], byStatus[5]);
      LOG.info("ingest: {}", counts);

      Dataset<Row> full = reader.read(false);
      Dataset<Row> articles = articles(full, marks);
      // One .gz (or few files) reads in few partitions: spread the articles over the cores for what follows.
      boolean spread = full.javaRDD().getNumPartitions() < reader.cores;
      if (spread) articles = articles.repartition(reader.cores);
      // Parquet inputs are read by Spark's own file scan: left out rather than trusted to split the same way twice.
      boolean datesInOneTask = !spread && reader.parquet.isEmpty() && eachDateInOneTask(slim);
      Dataset<Row> idDuplicates = null;
      if (byStatus[3] > 0) {
        // Few rows, but from a full read of the inputs: made here, in parallel, so that a writer's coalesce(1)
        // on the rejects cannot pull that read into a single task.
        idDuplicates = idDuplicateRejects(full, marks).persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(idDuplicates);
        idDuplicates.count();
      }
      Dataset<Row> rejects = rejects(slim, idDuplicates, settings.runId());
      Dataset<Row> sketches = settings.nearDuplicates().enabled() ? sketches(slim, marks) : null;
      return new IngestResult(articles, rejects, sketches, counts, datesInOneTask, persisted, reader.files,
          () -> reader.conf.destroy());
    } catch (RuntimeException e) {
      persisted.forEach(d -> d.unpersist(false));
      reader.conf.destroy();
      throw e;
    }
  }

  /** The read plan, made once so that both passes read the same units in the same way. */
  private static final class Reader {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    private final int cores;
    private final List<InputFile> files;
    private final FieldMapping mapping;
    private final RecordMapper slimMapper;
    private final RecordMapper fullMapper;
    private final ParsedRows slimRows;
    private final List<InputFile> parquet = new ArrayList<>();
    private final List<List<ReadUnit>> groups;
    private final Broadcast<SerializableWritable<Configuration>> conf;

    Reader(SparkSession spark, IngestSettings settings, long splitOverride)
        throws InputNotFoundException, IOException {
      this.spark = spark;
      this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      this.cores = jsc.defaultParallelism();
      Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
      this.conf = jsc.broadcast(new SerializableWritable<>(hadoopConf));
      this.mapping = FieldMapping.withExtraNames(settings.fieldNames());
      this.slimMapper = new RecordMapper(settings.from(), settings.to(), settings.maxTextChars(), true,
          settings.sourceAliases(), settings.html(), settings.languages());
      this.fullMapper = new RecordMapper(settings.from(), settings.to(), settings.maxTextChars(), false,
          settings.sourceAliases(), settings.html(), settings.languages());

      NearDuplicateOptions nearDuplicates = settings.nearDuplicates();
      this.slimRows = ParsedRows.slim(nearDuplicates.enabled() ? new Sketcher(nearDuplicates) : null);
      this.files = InputResolver.resolve(settings.inputs(), hadoopConf);
      List<InputFile> streamed = new ArrayList<>();
      for (InputFile f : files) (isParquet(f, hadoopConf) ? parquet : streamed).add(f);
      long total = streamed.stream().mapToLong(InputFile::length).sum();
      long splitBytes = splitOverride > 0 ? splitOverride : FilePlanner.splitBytes(total, cores);
      List<ReadUnit> units = new ArrayList<>();
      List<ReadUnit> ranges = new ArrayList<>();
      for (InputFile f : streamed) {
        if (f.length() > splitBytes && isPlainJsonLines(f, hadoopConf)) {
          ranges.addAll(FilePlanner.ranges(f, splitBytes));
        } else {
          units.add(ReadUnit.whole(f));
        }
      }
      units.addAll(withLineNumbers(ranges));
      this.groups = FilePlanner.plan(units, cores, TARGET_BYTES_PER_TASK);
      LOG.info("ingest: {} files ({} Parquet); {} read units ({} byte ranges) in {} tasks", files.size(),
          parquet.size(), units.size(), ranges.size(), groups.size());
    }

    /** Counts the lines of every range (one cheap pass), to give each its first line number. */
    private List<ReadUnit> withLineNumbers(List<ReadUnit> ranges) {
      if (ranges.isEmpty()) return ranges;
      Broadcast<SerializableWritable<Configuration>> c = conf;
      List<ReadUnit> all = List.copyOf(ranges);
      List<Long> starts = jsc.parallelize(IntStream.range(0, all.size()).boxed().toList(), all.size())
          .map(i -> ReadFiles.countLineStarts(c.value().value(), all.get(i)))
          .collect();
      List<ReadUnit> out = new ArrayList<>();
      long line = 1;
      for (int i = 0; i < all.size(); i++) {
        ReadUnit u = all.get(i);
        if (u.split() == 0) line = 1;
        out.add(u.withFirstLine(line));
        line += starts.get(i);
      }
      return out;
    }

    Dataset<Row> read(boolean slim) {
      RecordMapper mapper = slim ? slimMapper : fullMapper;
      ParsedRows shape = slim ? slimRows : ParsedRows.full();
      Dataset<Row> rows = null;
      if (!groups.isEmpty()) {
        List<byte[]> data = groups.stream().map(ReadFiles::toBytes).toList();
        rows = spark.createDataFrame(
            jsc.parallelize(data, data.size()).mapPartitions(new ReadFiles(conf, mapping, mapper, shape)),
            shape.schema());
      }
      if (!parquet.isEmpty()) {
        Dataset<Row> p = ParquetInputs.read(spark, parquet, mapping, mapper, shape);
        rows = rows == null ? p : rows.unionByName(p);
      }
      return rows;
    }

    private static boolean isPlainJsonLines(InputFile f, Configuration conf) throws IOException {
      byte[] head = new byte[8192];
      int n = readHead(f, conf, head);
      return !FormatSniffer.isGzip(head, n) && FormatSniffer.detect(f.uri(), head, n) == InputFormat.JSON_LINES;
    }

    private static boolean isParquet(InputFile f, Configuration conf) throws IOException {
      InputFormat byName = FormatSniffer.byName(f.uri());
      if (byName != null) return byName == InputFormat.PARQUET;
      String ext = FormatSniffer.contentExtension(f.uri());
      List<String> streamed = List.of("json", "jsonl", "ndjson", "txt", "text", "tsv", "warc");
      if (f.compressed() || streamed.contains(ext)) return false;
      byte[] head = new byte[4];
      return FormatSniffer.isParquet(head, readHead(f, conf, head));
    }

    private static int readHead(InputFile f, Configuration conf, byte[] head) throws IOException {
      Path p = new Path(f.uri());
      try (InputStream in = p.getFileSystem(conf).open(p)) {
        return in.readNBytes(head, 0, head.length);
      }
    }
  }

  /** (input_file, rec, mark) for every article record not kept: a duplicate text or a taken article_id. */
  private static Dataset<Row> duplicateMarks(Dataset<Row> slim) {
    Dataset<Row> ok = slim.filter(isArticle())
        .select(ParsedRows.INPUT_FILE, ParsedRows.REC, ParsedRows.LINE, ParsedRows.TEXT_KEY, ParsedRows.DATE,
            ParsedRows.ARTICLE_ID);
    WindowSpec byText = Window.partitionBy(ParsedRows.TEXT_KEY).orderBy(col(ParsedRows.DATE),
        col(ParsedRows.ARTICLE_ID), col(ParsedRows.INPUT_FILE), col(ParsedRows.REC));
    Dataset<Row> ranked = ok.withColumn("r", row_number().over(byText));
    Dataset<Row> dupText = ranked.filter(col("r").gt(1))
        .select(col(ParsedRows.INPUT_FILE), col(ParsedRows.REC), lit(MARK_DUPLICATE).as(MARK));
    WindowSpec byId = Window.partitionBy(ParsedRows.ARTICLE_ID).orderBy(col(ParsedRows.DATE),
        col(ParsedRows.TEXT_KEY), col(ParsedRows.INPUT_FILE), col(ParsedRows.REC));
    Dataset<Row> dupId = ranked.filter(col("r").equalTo(1))
        .withColumn("r2", row_number().over(byId))
        .filter(col("r2").gt(1))
        .select(col(ParsedRows.INPUT_FILE), col(ParsedRows.REC), lit(MARK_ID_DUPLICATE).as(MARK));
    return dupText.union(dupId);
  }

  /**
   * Whether every date's articles were read by one task: the first read's partitions, which the second read
   * repeats (the same read units in the same groups). Daily dump files make it so, unless a day is split in byte
   * ranges or its articles are in files read by different tasks.
   */
  private static boolean eachDateInOneTask(Dataset<Row> slim) {
    return slim.filter(isArticle()).select(spark_partition_id().as("task"), col(ParsedRows.DATE)).distinct()
        .groupBy(ParsedRows.DATE).count().where(col("count").gt(1)).isEmpty();
  }

  /** Parsed rows that are article candidates: neither rejects nor skipped records. */
  private static Column isArticle() {
    return col(ParsedRows.REASON).isNull().and(col(ParsedRows.SKIPPED).isNull());
  }

  /** {articles, duplicates, rejects by reason, id:duplicate rejects, truncated articles, skipped}. */
  private static long[] count(Dataset<Row> slim, Dataset<Row> marks) {
    Column status = when(col(ParsedRows.REASON).isNotNull(), lit(REJECT))
        .when(col(ParsedRows.SKIPPED).isNotNull(), lit(SKIPPED))
        .when(col(MARK).equalTo(MARK_DUPLICATE), lit(DUPLICATE))
        .when(col(MARK).equalTo(MARK_ID_DUPLICATE), lit(ID_DUPLICATE))
        .otherwise(lit(ARTICLE));
    long[] c = new long[6];
    java.util.Map<String, Long> skippedKinds = new java.util.TreeMap<>();
    List<Row> rows = slim.join(broadcast(marks), KEY, "left_outer")
        .groupBy(status.as(STATUS), col(ParsedRows.TRUNCATED), col(ParsedRows.SKIPPED)).count().collectAsList();
    for (Row r : rows) {
      long n = r.getLong(3);
      switch (r.getString(0)) {
        case ARTICLE -> {
          c[0] += n;
          if (r.getBoolean(1)) c[4] += n;
        }
        case DUPLICATE -> c[1] += n;
        case REJECT -> c[2] += n;
        case SKIPPED -> {
          c[5] += n;
          skippedKinds.merge(r.getString(2), n, Long::sum);
        }
        default -> c[3] += n;
      }
    }
    // Skipped records are written nowhere: the log says what they were.
    if (!skippedKinds.isEmpty()) LOG.info("ingest: skipped records {}", skippedKinds);
    return c;
  }

  private static Dataset<Row> articles(Dataset<Row> full, Dataset<Row> marks) {
    // Article rows always hold these values; coalesce only shows Spark's analyser that they are not null,
    // which Dataset.to needs for the table's non-nullable columns.
    return full.filter(isArticle())
        .join(broadcast(marks), KEY, "left_anti")
        .select(
            coalesce(col(ArticleTable.ARTICLE_ID), lit("")).as(ArticleTable.ARTICLE_ID),
            coalesce(col(ArticleTable.DATE), lit(java.sql.Date.valueOf("1970-01-01"))).as(ArticleTable.DATE),
            coalesce(col(ArticleTable.SOURCE), lit(Sources.UNKNOWN)).as(ArticleTable.SOURCE),
            col(ArticleTable.URL),
            col(ArticleTable.TITLE),
            coalesce(col(ArticleTable.TEXT), lit("")).as(ArticleTable.TEXT),
            coalesce(col(ArticleTable.N_CHARS), lit(0)).as(ArticleTable.N_CHARS),
            coalesce(col(ArticleTable.LANGUAGE), lit("und")).as(ArticleTable.LANGUAGE))
        .to(ArticleTable.INGESTED);
  }

  /** id:duplicate rejects were articles: their raw record is the article as JSON (cut to 10 KB). */
  private static Dataset<Row> idDuplicateRejects(Dataset<Row> full, Dataset<Row> marks) {
    return full.join(broadcast(marks.filter(col(MARK).equalTo(MARK_ID_DUPLICATE))), KEY, "left_semi")
        .select(substring(to_json(struct(col(ArticleTable.ARTICLE_ID), col(ArticleTable.DATE),
                col(ArticleTable.SOURCE), col(ArticleTable.URL), col(ArticleTable.TITLE), col(ArticleTable.TEXT))),
                1, Reject.MAX_RAW_CHARS).as(RejectTable.RAW),
            col(ParsedRows.INPUT_FILE).as(RejectTable.INPUT_FILE), col(ParsedRows.LINE).as(RejectTable.LINE),
            lit(Reasons.ID_DUPLICATE).as(RejectTable.REASON));
  }

  /** The sketches of the articles kept (the marked duplicates are not articles), for ArticlesToDupClusters. */
  private static Dataset<Row> sketches(Dataset<Row> slim, Dataset<Row> marks) {
    return slim.filter(isArticle().and(col(ParsedRows.KEYS).isNotNull()))
        .join(broadcast(marks), KEY, "left_anti")
        .select(col(ParsedRows.ARTICLE_ID).as("id"), col(ParsedRows.DATE).as("date"), col(ParsedRows.SHINGLES),
            col(ParsedRows.KEYS));
  }

  /** @param idDuplicates the id:duplicate rejects, or null when there are none */
  private static Dataset<Row> rejects(Dataset<Row> slim, Dataset<Row> idDuplicates, String runId) {
    Dataset<Row> parsed = slim.filter(col(ParsedRows.REASON).isNotNull())
        .select(col(ParsedRows.RAW).as(RejectTable.RAW), col(ParsedRows.INPUT_FILE).as(RejectTable.INPUT_FILE),
            col(ParsedRows.LINE).as(RejectTable.LINE),
            coalesce(col(ParsedRows.REASON), lit("")).as(RejectTable.REASON)); // never null: filtered
    if (idDuplicates != null) parsed = parsed.unionByName(idDuplicates);
    return parsed.withColumn(RejectTable.STAGE, lit(Reasons.STAGE))
        .withColumn(RejectTable.RUN_ID, lit(runId))
        .to(RejectTable.SCHEMA);
  }
}
