package org.actorpulse.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.sum;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.actorpulse.config.SparkConfFactory;
import org.actorpulse.job.Tables;
import org.actorpulse.output.TableWriter;
import org.actorpulse.report.Html;
import org.actorpulse.stats.Association;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the most mentioned actors and the most associated pairs of an output folder. */
@Command(name = "top", mixinStandardHelpOptions = true,
    description = "Print the most mentioned actors (with mean sentiment) and the strongest pairs of an output.")
final class TopCommand implements Callable<Integer> {
  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output folder of a run.")
  String output;

  @Option(names = "--limit", defaultValue = "10", description = "Rows per list (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
  String master;

  @Override
  public Integer call() {
    SparkSession spark = SparkSession.builder()
        .config(SparkConfFactory.create("actorpulse top", master, Map.of())).getOrCreate();
    try {
      TableWriter tables = TableWriter.forReading(spark, output);
      Dataset<Row> daily = tables.read(Tables.ACTOR_DAILY);
      System.out.println(String.format(Locale.ROOT, "%-12s %-36s %9s %9s %10s", "actor", "name", "mentions",
          "articles", "sentiment"));
      for (Row r : daily.groupBy("actor_id", "actor_name")
          .agg(sum("mentions").as("m"), sum("articles").as("a"),
              sum(col("sentiment_mean").multiply(col("sentiment_n"))).divide(sum("sentiment_n")).as("s"))
          .orderBy(desc("m"), col("actor_id")).limit(limit).collectAsList()) {
        System.out.println(String.format(Locale.ROOT, "%-12s %-36s %9d %9d %+10.3f", r.getString(0),
            Html.cut(r.getString(1), 36), r.getLong(2), r.getLong(3), r.isNullAt(4) ? 0.0 : r.getDouble(4)));
      }
      System.out.println();
      System.out.println(String.format(Locale.ROOT, "%-12s %-12s %9s %9s %7s  (all dates, pairs in >= 2 articles)",
          "actor_a", "actor_b", "articles", "sentences", "npmi"));
      // Article counts add up across periods, so summing one granularity's rows gives the counts over all dates.
      Dataset<Row> pairs = tables.read(Tables.ACTOR_PAIRS);
      String grain = pairs.select("granularity").distinct().orderBy("granularity").first().getString(0);
      Dataset<Row> totals = tables.read(Tables.ACTOR_DAILY).groupBy("actor_id").agg(sum("articles").as("n"));
      long allArticles = tables.read(Tables.ARTICLES).count();
      for (Row r : pairs.where(col("granularity").equalTo(grain))
          .groupBy("actor_a", "actor_b").agg(sum("articles").as("n"), sum("sentences").as("s"))
          .where("n >= 2")
          .join(totals.toDF("actor_a", "na"), "actor_a").join(totals.toDF("actor_b", "nb"), "actor_b")
          .select("actor_a", "actor_b", "n", "s", "na", "nb")
          .orderBy(desc("n"), col("actor_a"), col("actor_b")).limit(limit).collectAsList()) {
        Association assoc = Association.of(r.getLong(2), r.getLong(4), r.getLong(5), allArticles);
        System.out.println(String.format(Locale.ROOT, "%-12s %-12s %9d %9d %7.3f", r.getString(0), r.getString(1),
            r.getLong(2), r.getLong(3), assoc.npmi()));
      }
      return ExitCodes.OK;
    } finally {
      spark.stop();
    }
  }
}
