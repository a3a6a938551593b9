package org.actorpulse.aggregation;

import java.util.Arrays;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Spark's Java API takes a Scala Seq for joins on same-named columns with a join type. */
final class Joins {
  private Joins() {}

  static Seq<String> using(String... columns) {
    return JavaConverters.asScalaBuffer(Arrays.asList(columns)).toSeq();
  }
}
