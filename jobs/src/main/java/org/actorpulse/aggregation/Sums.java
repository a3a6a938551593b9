package org.actorpulse.aggregation;

import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Mean and sample sd from (n, sum, sum of squares), as columns: sums add up across articles and days where means
 * do not. The same arithmetic as {@link org.actorpulse.stats.MeanStats#fromSums}.
 */
final class Sums {
  private Sums() {}

  /** Null when n is 0. */
  static Column mean(Column n, Column sum) {
    return when(n.gt(0), sum.divide(n));
  }

  /** Null below two values; rounding below zero is taken as zero spread. */
  static Column sampleSd(Column n, Column sum, Column sumSquares) {
    Column m2 = greatest(lit(0.0), sumSquares.minus(sum.multiply(sum).divide(n)));
    return when(n.gt(1), sqrt(m2.divide(n.minus(1))));
  }
}
