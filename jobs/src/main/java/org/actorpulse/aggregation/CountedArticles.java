package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.not;

import org.actorpulse.table.ArticleTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The articles and mentions the actor tables count. By default a near-duplicate cluster counts once, through its
 * representative, so a wire story carried by fifty outlets is one article, not fifty; with {@code countCopies}
 * every copy counts, as if there were no clusters.
 */
public final class CountedArticles {
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

  /** The mentions of the counted articles. */
  public Dataset<Row> mentions(Dataset<Row> mentions, Dataset<Row> articles) {
    if (countCopies) return mentions;
    Dataset<Row> copies = articles.where(isCopy(articles)).select(ArticleTable.ARTICLE_ID);
    // Broadcast (ids only, some 60 MB per million copies): the mentions keep their stored order, so the sums
    // behind means and sds add the same doubles in the same order whichever runs wrote the dates. A shuffle join
    // reorders them from run to run, and day-by-day runs then differ from one run in the last digits.
    return mentions.join(broadcast(copies), Joins.using(ArticleTable.ARTICLE_ID), "left_anti");
  }

  private static Column isCopy(Dataset<Row> articles) {
    Column id = articles.col(ArticleTable.ARTICLE_ID);
    return coalesce(articles.col(ArticleTable.DUP_CLUSTER), id).notEqual(id);
  }
}
