package org.actorpulse.report;

import org.actorpulse.stats.DivergenceTest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.actorpulse.output.TableWriter;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Writes {@code report.html} into an output folder from the tables in it: the {@code report} command's work, and
 * what {@code run} can call last. Reads through Spark, renders in plain Java, writes through Hadoop's file
 * system so the report lands beside the tables wherever they are (local, HDFS, S3).
 */
public final class ReportJob {
  public static final String FILE_NAME = "report.html";
  public static final int DEFAULT_TOP = 10;

  private ReportJob() {}

  /**
   * @param outputDir the output folder of a run (local path or Hadoop URI)
   * @param topN      actors to show, at least 1
   * @param divergence the test that marks sources whose tone stands out (configured: aggregate.divergence)
   * @return the path of the report written
   */
  public static String run(SparkSession spark, String outputDir, int topN, DivergenceTest divergence) {
    TableWriter tables = TableWriter.forReading(spark, outputDir);
    ReportData data = TablesToReportData.collect(tables, outputDir, topN, divergence);
    String html = ReportPage.render(data, Instant.now());
    String target = tables.path(FILE_NAME);
    Path path = new Path(target);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      // The checksummed local file system would leave a .report.html.crc beside the report: write around it.
      if (fs instanceof LocalFileSystem local) fs = local.getRawFileSystem();
      try (OutputStream out = fs.create(path, true)) {
        out.write(html.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target, e);
    }
    return target;
  }
}
