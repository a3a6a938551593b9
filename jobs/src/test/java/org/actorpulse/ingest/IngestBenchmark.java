package org.actorpulse.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.actorpulse.config.SparkConfFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: measures ingest throughput (read, parse, de-duplicate, count, write both tables as Parquet)
 * on generated ~4 KB articles. Run with the test classpath and the JDK 17 flags:
 * {@code java <flags> -Xmx4g -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.actorpulse.ingest.IngestBenchmark /tmp/bench 100000 [gz]}.
 */
public final class IngestBenchmark {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    boolean gz = args.length > 2 && args[2].equals("gz");
    Path input = dir.resolve("in-" + n + (gz ? ".jsonl.gz" : ".jsonl"));
    if (!Files.exists(input)) generate(input, n, gz);
    long bytes = gz ? uncompressedSize(input) : Files.size(input);

    SparkSession spark = SparkSession.builder()
        .config(SparkConfFactory.create("ingest-benchmark", "local[2]", Map.of("spark.sql.shuffle.partitions", "8")))
        .getOrCreate();
    try {
      var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      IngestSettings s = IngestSettings.of(List.of(input.toString()), "bench");
      try (IngestResult r = InputsToArticles.run(spark, s)) {
        long t1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        r.articles().write().mode("overwrite").parquet(dir.resolve("out/articles").toString());
        r.rejects().write().mode("overwrite").parquet(dir.resolve("out/rejects").toString());
        long t2 = System.nanoTime();
        long c2 = os.getProcessCpuTime();
        System.out.printf("cpu: run %.1f s, write %.1f s%n", (c1 - c0) / 1e9, (c2 - c1) / 1e9);
        double secs = (t2 - t0) / 1e9;
        System.out.printf("%s%n%d MB in %.1f s (run %.1f s, write %.1f s): %.1f MB/s%n", r.counts(),
            bytes >> 20, secs, (t1 - t0) / 1e9, (t2 - t1) / 1e9, bytes / 1e6 / secs);
      }
    } finally {
      spark.stop();
    }
  }

  private static long uncompressedSize(Path p) throws Exception {
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p), 1 << 16)) {
      long total = 0;
      byte[] b = new byte[1 << 16];
      int r;
      while ((r = in.read(b)) > 0) total += r;
      return total;
    }
  }

  /** ~4 KB articles from shuffled seed sentences; 2% exact duplicates, 0.5% malformed lines. */
  private static void generate(Path out, int n, boolean gz) throws Exception {
    Files.createDirectories(out.getParent());
    String seed = Files.readString(Path.of(IngestBenchmark.class.getResource("/ingest/seed/000_87504b5c0eae03d5.txt").toURI()));
    String[] sentences = SeedText.parse(seed).body().split("(?<=\\.) ");
    Random rnd = new Random(42);
    ObjectMapper json = new ObjectMapper();
    List<String> recent = new ArrayList<>();
    OutputStream os = Files.newOutputStream(out);
    if (gz) os = new GZIPOutputStream(os, 1 << 16);
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < n; i++) {
        if (rnd.nextInt(200) == 0) {
          w.write("{\"id\": broken line " + i + "\n");
          continue;
        }
        String text;
        if (!recent.isEmpty() && rnd.nextInt(50) == 0) {
          text = recent.get(rnd.nextInt(recent.size()));
        } else {
          StringBuilder b = new StringBuilder("Article " + i + ". ");
          while (b.length() < 4000) b.append(sentences[rnd.nextInt(sentences.length)]).append(' ');
          text = b.toString();
          if (recent.size() < 100) recent.add(text); else recent.set(rnd.nextInt(100), text);
        }
        ObjectNode o = json.createObjectNode();
        o.put("id", "b" + i);
        o.put("published", String.format("2017-%02d-%02dT10:00:00Z", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
        o.put("url", "https://www.site" + rnd.nextInt(50) + ".com/a/" + i);
        o.put("title", "Title " + i);
        o.put("text", text);
        w.write(o.toString());
        w.write('\n');
      }
    }
  }
}
