package org.actorpulse.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.CandidateDiscovery;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Articles to the {@code candidates} table: proper-name phrases no alias covers, so the dictionary can grow.
 * Each partition runs a {@link CandidateDiscovery} with no threshold; the counts are summed over partitions and
 * the thresholds applied to the sums. The discovery's own evidence (a word also seen in lower case, a phrase
 * mostly seen after a locative) is judged within a partition, which at scale holds thousands of articles.
 */
public final class ArticlesToCandidates {
  public static final String NAME = "candidates";
  static final StructType PARTIAL = new StructType()
      .add("phrase", DataTypes.StringType, false)
      .add("occurrences", DataTypes.LongType, false)
      .add("documents", DataTypes.LongType, false)
      .add("example", DataTypes.StringType, true);

  private ArticlesToCandidates() {}

  /**
   * @param minCount           occurrences a phrase of several words needs
   * @param minSingleWordCount occurrences a single word needs (sentence debris is common)
   * @return phrase, words, occurrences, documents, example; most frequent first
   */
  public static Dataset<Row> apply(SparkSession spark, Dataset<Row> articles, ActorDictionary dictionary,
                                   long minCount, long minSingleWordCount) {
    Broadcast<ActorDictionary> dict = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(dictionary);
    Dataset<Row> partial = articles.select("date", "text").mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      CandidateDiscovery discovery = new CandidateDiscovery(dict.value(), 1, 1);
      while (rows.hasNext()) {
        Row r = rows.next();
        discovery.add(r.getString(1), r.getDate(0).toLocalDate());
      }
      List<Row> out = new ArrayList<>();
      for (CandidateDiscovery.Discovered d : discovery.results()) {
        out.add(RowFactory.create(d.phrase(), (long) d.occurrences(), (long) d.documents(), d.example()));
      }
      Iterator<Row> it = out.iterator();
      return it;
    }, Encoders.row(PARTIAL));
    Dataset<Row> summed = partial.groupBy("phrase")
        .agg(sum("occurrences").as("occurrences"), sum("documents").as("documents"), first("example").as("example"))
        .withColumn("words", org.apache.spark.sql.functions.size(
            org.apache.spark.sql.functions.split(col("phrase"), " ")));
    return summed
        .where(col("words").gt(1).and(col("occurrences").geq(minCount))
            .or(col("words").equalTo(1).and(col("occurrences").geq(minSingleWordCount))))
        .select("phrase", "words", "occurrences", "documents", "example")
        .orderBy(col("occurrences").desc(), col("documents").desc(), col("phrase"));
  }
}
