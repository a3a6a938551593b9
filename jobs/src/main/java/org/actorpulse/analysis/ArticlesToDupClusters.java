package org.actorpulse.analysis;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.actorpulse.dedup.Jaccard;
import org.actorpulse.dedup.NearDuplicateOptions;
import org.actorpulse.dedup.Sketcher;
import org.actorpulse.dedup.UnionFind;
import org.actorpulse.table.ArticleTable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.sketch.BloomFilter;

/**
 * Articles to their near-duplicate clusters, among the articles of each date (the rule, and why, in
 * docs/tables.md "Near-duplicates"):
 * <ol>
 *   <li>each text becomes its set of hashed word shingles ({@link org.actorpulse.dedup.Shingles}) and
 *       {@code bands * rows} MinHashes of it ({@link org.actorpulse.dedup.MinHasher}: one-permutation hashing, one
 *       hash per shingle), folded into one key per band
 *       ({@link org.actorpulse.dedup.BandKeys}): its {@link Sketcher sketch}, made by ingest's first read or
 *       here;</li>
 *   <li>articles of one date sharing a band key are candidates: each is paired with the least id of its bucket
 *       (k - 1 pairs for a bucket of k copies, not k(k - 1)/2);</li>
 *   <li>a candidate pair is confirmed when the exact {@link Jaccard} similarity of the two shingle sets reaches
 *       the threshold (the shingles of articles in no pair are left where they are);</li>
 *   <li>clusters are the connected components of the confirmed pairs, found per date by {@link UnionFind} on an
 *       executor, which holds that date's clustered ids only, never all articles, and never on the driver.</li>
 * </ol>
 * Not {@code MinHashLSHModel.approxSimilarityJoin}: it shuffles every row whole (shingle vector included) once per
 * hash table, cannot keep pairs within a date, and its one-MinHash tables make most same-topic pairs of a day
 * candidates (a pair at similarity 0.2 shares one of 5 tables with probability 0.67).
 */
public final class ArticlesToDupClusters {
  /** The sketches {@link #fromSketches} takes. */
  private static final StructType SKETCHED = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("date", DataTypes.DateType, false)
      .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false);
  private static final StructType PAIRS = new StructType()
      .add("date", DataTypes.DateType, false)
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false);
  private static final StructType BUCKETS = new StructType()
      .add("key", DataTypes.LongType, false)
      .add("date", DataTypes.DateType, false)
      .add("id", DataTypes.StringType, false);

  private final NearDuplicateOptions options;

  public ArticlesToDupClusters(NearDuplicateOptions options) {
    this.options = options;
  }

  /**
   * Finds the clusters (this runs Spark jobs and reads {@code articles} once); close the result after use.
   *
   * @param articles rows with at least {@code article_id}, {@code date}, {@code text}
   */
  public DupClusters apply(Dataset<Row> articles) {
    if (!options.enabled()) return DupClusters.none();
    Sketcher sketcher = new Sketcher(options);
    Dataset<Row> sketched = articles.select(ArticleTable.ARTICLE_ID, ArticleTable.DATE, ArticleTable.TEXT)
        .flatMap((FlatMapFunction<Row, Row>) r -> sketch(r, sketcher), Encoders.row(SKETCHED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return fromSketches(sketched);
    } finally {
      sketched.unpersist(false);
    }
  }

  /**
   * Finds the clusters among sketches already made ({@link Sketcher}, with these options), in {@link #SKETCHED}'s
   * columns; they are read twice, so they should come from persisted data. Close the result after use.
   *
   * @param sketched may be null when these options are off (nothing is read then)
   */
  public DupClusters fromSketches(Dataset<Row> sketched) {
    if (!options.enabled()) return DupClusters.none();
    Dataset<Row> pairs = candidates(sketched).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long pairCount = pairs.count();
      Dataset<Row> members = pairCount == 0
          ? sketched.sparkSession().createDataFrame(List.of(), DupClusters.SCHEMA)
          : components(confirmed(pairs, pairCount, sketched)).persist(StorageLevel.MEMORY_AND_DISK());
      long memberCount = members.count();
      long copies = members.where(col(DupClusters.MEMBER_ID).notEqual(col(ArticleTable.DUP_CLUSTER))).count();
      return new DupClusters(members, memberCount, copies);
    } finally {
      pairs.unpersist(false);
    }
  }

  /** Texts without a word have nothing to compare and are left out (they stay clusters of one). */
  private static Iterator<Row> sketch(Row r, Sketcher sketcher) {
    Sketcher.Sketch s = sketcher.of(r.getString(2));
    if (s == null) return Collections.emptyIterator();
    return List.of(RowFactory.create(r.getString(0), r.get(1), s.shingles(), s.keys())).iterator();
  }

  /** (date, a, b) with a < b: pairs of one date that share a band key. */
  private static Dataset<Row> candidates(Dataset<Row> sketched) {
    Dataset<Row> buckets = sketched.select("id", "date", "keys")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          List<Long> keys = r.getList(2);
          List<Row> out = new ArrayList<>(keys.size());
          for (Long key : keys) out.add(RowFactory.create(key, r.get(1), r.getString(0)));
          return out.iterator();
        }, Encoders.row(BUCKETS));
    // A bucket's rows meet in one task, sorted so that its least id comes first, and a scan pairs each later one
    // with it. Not a window (min id over key and date): nearly every bucket holds one article, and the window's set-up
    // per bucket cost more than the sort (24 of this step's 32 task-s at a million articles). The key leads: it
    // already holds the band's index, and a leading long is the sorter's fast path (its 8-byte prefix decides almost
    // every comparison), where a leading date ties for a whole day.
    return buckets.repartition(col("key"), col("date"))
        .sortWithinPartitions("key", "date", "id")
        .mapPartitions((MapPartitionsFunction<Row, Row>) BucketPairs::new, Encoders.row(PAIRS))
        .distinct();
  }

  /** Sorted bucket rows (key, date, id) to (date, a, b): each row paired with the first of its bucket. */
  private static final class BucketPairs implements Iterator<Row> {
    private final Iterator<Row> rows;
    private long key;
    private Object date;
    private String first;
    private Row next;

    BucketPairs(Iterator<Row> rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      while (next == null && rows.hasNext()) {
        Row r = rows.next();
        long k = r.getLong(0);
        Object d = r.get(1);
        String id = r.getString(2);
        if (first != null && k == key && d.equals(date)) {
          // Two bands of one article colliding on a 64-bit key would pair it with itself.
          if (!id.equals(first)) next = RowFactory.create(d, first, id);
        } else {
          key = k;
          date = d;
          first = id;
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) throw new NoSuchElementException();
      Row r = next;
      next = null;
      return r;
    }
  }

  /**
   * The pairs whose shingle sets are similar enough. Only the articles in some pair are joined to the pairs: a
   * Bloom filter of their ids (1% false positives) picks them from the sketches where they lie, so the shingles of
   * every other article (2.8 GB at a million articles) are never shuffled.
   */
  private Dataset<Row> confirmed(Dataset<Row> pairs, long pairCount, Dataset<Row> sketched) {
    double threshold = options.threshold();
    Dataset<Row> ids = pairs.select(col("a").as("id")).union(pairs.select(col("b").as("id")));
    BloomFilter inPairs = ids.stat().bloomFilter("id", 2 * pairCount, 0.01);
    Broadcast<BloomFilter> filter = JavaSparkContext.fromSparkContext(sketched.sparkSession().sparkContext())
        .broadcast(inPairs);
    Dataset<Row> paired = sketched.select("id", "shingles")
        .filter((FilterFunction<Row>) r -> filter.value().mightContainString(r.getString(0)));
    Dataset<Row> a = paired.select(col("id").as("a"), col("shingles").as("sa"));
    Dataset<Row> b = paired.select(col("id").as("b"), col("shingles").as("sb"));
    return pairs.join(a, "a").join(b, "b")
        .select("date", "a", "b", "sa", "sb")
        .filter((FilterFunction<Row>) r -> Jaccard.of(ints(r, 3), ints(r, 4)) >= threshold)
        .select("date", "a", "b");
  }

  private static Dataset<Row> components(Dataset<Row> confirmed) {
    return confirmed
        .groupByKey((MapFunction<Row, String>) r -> r.get(0).toString(), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (date, pairs) -> {
          UnionFind clusters = new UnionFind();
          while (pairs.hasNext()) {
            Row p = pairs.next();
            clusters.union(p.getString(1), p.getString(2));
          }
          List<Row> out = new ArrayList<>();
          for (UnionFind.Membership m : clusters.memberships()) {
            out.add(RowFactory.create(m.id(), m.representative(), m.size()));
          }
          return out.iterator();
        }, Encoders.row(DupClusters.SCHEMA));
  }

  private static int[] ints(Row r, int i) {
    List<Integer> l = r.getList(i);
    int[] out = new int[l.size()];
    for (int j = 0; j < out.length; j++) out[j] = l.get(j);
    return out;
  }
}
