package org.actorpulse;

import java.util.Map;
import org.actorpulse.config.SparkConfFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one local SparkSession all Spark tests of a JVM share; started on first use, stopped at JVM exit. */
public final class SparkTestSession {
  private static SparkSession session;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (session == null) {
      SparkConf conf = SparkConfFactory.create("actorpulse-tests", "local[2]",
          Map.of("spark.sql.shuffle.partitions", "4", "spark.default.parallelism", "4"));
      session = SparkSession.builder().config(conf).getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
