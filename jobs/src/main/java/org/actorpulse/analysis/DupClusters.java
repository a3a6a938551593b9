package org.actorpulse.analysis;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.actorpulse.table.ArticleTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The near-duplicate clusters {@link ArticlesToDupClusters} found: one row per article that has copies (articles
 * alone in their cluster have no row), persisted until {@link #close()}.
 */
public final class DupClusters implements AutoCloseable {
  static final String MEMBER_ID = "member_id";
  /** (member_id, dup_cluster, dup_count) for the members of clusters of two or more. */
  static final StructType SCHEMA = new StructType()
      .add(MEMBER_ID, DataTypes.StringType, false)
      .add(ArticleTable.DUP_CLUSTER, DataTypes.StringType, false)
      .add(ArticleTable.DUP_COUNT, DataTypes.IntegerType, false);
  /**
   * Members joined to the articles by broadcast up to this many (some 50 MB on the driver), so the
   * article texts are not shuffled for the join; beyond it by a shuffle join.
   */
  static final long BROADCAST_MEMBERS = 500_000;

  private final Dataset<Row> members;
  private final long memberCount;
  private final long copies;

  DupClusters(Dataset<Row> members, long memberCount, long copies) {
    this.members = members;
    this.memberCount = memberCount;
    this.copies = copies;
  }

  /** No clusters: near-duplicate detection is off. */
  static DupClusters none() {
    return new DupClusters(null, 0, 0);
  }

  /** Whether {@link #addTo} leaves each article in the partition it was in (no join, or a broadcast one). */
  public boolean keepsPartitions() {
    return members == null || memberCount == 0 || memberCount <= BROADCAST_MEMBERS;
  }

  /** Articles that are a copy of another, i.e. in a cluster but not its representative. */
  public long copies() {
    return copies;
  }

  /**
   * The articles with their cluster columns, in {@link ArticleTable#SCHEMA}.
   *
   * @param articles rows in {@link ArticleTable#INGESTED}, the same the clusters were found in
   */
  public Dataset<Row> addTo(Dataset<Row> articles) {
    Column id = col(ArticleTable.ARTICLE_ID);
    if (members == null || memberCount == 0) {
      return articles.withColumn(ArticleTable.DUP_CLUSTER, id).withColumn(ArticleTable.DUP_COUNT, lit(1))
          .to(ArticleTable.SCHEMA);
    }
    Dataset<Row> m = memberCount <= BROADCAST_MEMBERS ? broadcast(members) : members;
    List<Column> out = new ArrayList<>();
    for (StructField f : ArticleTable.INGESTED.fields()) out.add(articles.col(f.name()));
    out.add(coalesce(col(ArticleTable.DUP_CLUSTER), articles.col(ArticleTable.ARTICLE_ID)).as(ArticleTable.DUP_CLUSTER));
    out.add(coalesce(col(ArticleTable.DUP_COUNT), lit(1)).as(ArticleTable.DUP_COUNT));
    return articles.join(m, articles.col(ArticleTable.ARTICLE_ID).equalTo(m.col(MEMBER_ID)), "left")
        .select(out.toArray(Column[]::new))
        .to(ArticleTable.SCHEMA);
  }

  @Override
  public void close() {
    if (members != null) members.unpersist(false);
  }
}
