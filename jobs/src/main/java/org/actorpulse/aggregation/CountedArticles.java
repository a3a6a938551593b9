package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.not;

import java.io.Serializable;
import org.actorpulse.table.ArticleTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The articles the actor tables count. By default a near-duplicate cluster counts once, through its
 * representative, so a wire story carried by fifty outlets is one article, not fifty; with {@code countCopies}
 * every copy counts, as if there were no clusters.
 */
public final class CountedArticles implements Serializable {
  private static final long serialVersionUID = 1L;
  private final boolean countCopies;

  public CountedArticles(boolean countCopies) {
    this.countCopies = countCopies;
  }

  /**
   * @param articles rows of {@code articles}; a null {@code dup_cluster} (a partition written before clusters
   *                 existed) makes the article its own representative
   */
  public Dataset<Row> articles(Dataset<Row> articles) {
    return countCopies ? articles : articles.where(not(isCopy(articles)));
  }

  /** The same rule for one article, as {@link MentionsToArticleActors} applies it to its mentions. */
  public boolean counts(String articleId, String dupCluster) {
    return countCopies || dupCluster == null || dupCluster.equals(articleId);
  }

  private static Column isCopy(Dataset<Row> articles) {
    Column id = articles.col(ArticleTable.ARTICLE_ID);
    return coalesce(articles.col(ArticleTable.DUP_CLUSTER), id).notEqual(id);
  }
}
