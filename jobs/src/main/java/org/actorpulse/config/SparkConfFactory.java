package org.actorpulse.config;

import java.util.Map;
import org.apache.spark.SparkConf;

/**
 * Every Spark setting actorpulse makes, in one place: what is always set, what is only a default the user or
 * spark-submit may override, and what the user asked for. The master is never hard-coded here: the launcher
 * passes {@code local[*]}, spark-submit passes the cluster's.
 */
public final class SparkConfFactory {
  private SparkConfFactory() {}

  /**
   * @param master    from {@code --master}; null leaves it to spark-submit (or {@code local[*]} when nothing set it)
   * @param overrides {@code spark.*} keys from the actorpulse conf file, applied last
   */
  public static SparkConf create(String appName, String master, Map<String, String> overrides) {
    SparkConf conf = new SparkConf(true).setAppName(appName);
    if (master != null) conf.setMaster(master);
    conf.setIfMissing("spark.master", "local[*]");

    // Batch runs: no UI unless asked for (then bound to loopback by the user's conf).
    conf.setIfMissing("spark.ui.enabled", "false");
    conf.setIfMissing("spark.ui.showConsoleProgress", "false");
    // Rewrite only the date partitions a run touches (daily reruns, backfills).
    conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic");
    // No Kryo: our rows travel through Dataset encoders, which ignore spark.serializer, and the broadcast engine
    // factories (dictionary, scorer, Spark NLP models) are made for Java serialization.
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.sql.adaptive.enabled", "true");
    // The size adaptive execution aims at per output file of a date-partitioned table (before compression):
    // Parquet files of some tens of MB, which readers open efficiently.
    conf.setIfMissing("spark.sql.adaptive.advisoryPartitionSizeInBytes", "128m");
    conf.setIfMissing("spark.sql.parquet.compression.codec", "zstd");
    // Readers (pandas, DuckDB) see real dates and timestamps, not legacy-rebased ones.
    conf.setIfMissing("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED");
    conf.setIfMissing("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED");
    conf.setIfMissing("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");

    // Spark's 200 shuffle partitions suit a cluster; on one machine each small shuffle then costs 200 tasks.
    String effectiveMaster = conf.get("spark.master");
    if (effectiveMaster.startsWith("local")) {
      if (!overrides.containsKey("spark.sql.shuffle.partitions")) {
        conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(2 * localCores(effectiveMaster)));
      }
      // A local run (and its UI, when enabled) listens on loopback only. Not on a cluster: there the executors
      // must reach the driver.
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }

    overrides.forEach(conf::set);
    return conf;
  }

  /** Cores of a {@code local}, {@code local[N]}, {@code local[*]} or {@code local[N,F]} master. */
  static int localCores(String master) {
    int open = master.indexOf('[');
    if (open < 0) return 1;
    String n = master.substring(open + 1, master.indexOf(']')).split(",")[0].trim();
    return n.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(n);
  }
}
