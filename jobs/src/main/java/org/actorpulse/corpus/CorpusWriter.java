package org.actorpulse.corpus;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.zip.GZIPOutputStream;

/**
 * Streams a corpus to a folder: {@code YYYY-MM-DD.jsonl} (further parts of a large day as
 * {@code YYYY-MM-DD.1.jsonl}, ...; {@code .jsonl.gz} when gzipped), one article per line, the truth in
 * {@code _truth.jsonl} (one line per article: id, date, inserted mentions per actor) and the spec and totals in
 * {@code _corpus.json}. Memory stays flat: one article at a time.
 */
public final class CorpusWriter {
  // Leading underscores: actorpulse's folder reader (like Hadoop's) skips such files, so `--input DIR` reads only
  // the articles.
  public static final String TRUTH_FILE = "_truth.jsonl";
  public static final String MANIFEST_FILE = "_corpus.json";
  private static final int BUFFER = 1 << 20;
  /** Articles generated in parallel at a time: a few MB, enough to keep the cores busy. */
  private static final int BATCH = 1_024;

  private final CorpusSpec spec;
  private final ArticleGenerator generator;

  public CorpusWriter(CorpusSpec spec, ArticleGenerator generator) {
    this.spec = spec;
    this.generator = generator;
  }

  public CorpusSummary write(Path dir) throws IOException {
    long started = System.nanoTime();
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    Map<String, Long> byActor = new TreeMap<>();
    long textBytes = 0;
    long diskBytes = 0;
    long mentions = 0;
    try (OutputStream truth = new BufferedOutputStream(Files.newOutputStream(dir.resolve(TRUTH_FILE)), BUFFER)) {
      for (int d = 0; d < spec.days(); d++) {
        LocalDate date = spec.day(d);
        long end = spec.firstArticleOfDay(d + 1);
        OutputStream out = null;
        CountingStream disk = null;
        long partBytes = 0;
        int part = 0;
        try {
          for (long i = spec.firstArticleOfDay(d); i < end; ) {
            // A batch made in parallel and written in order: the files are the same for any number of threads.
            Encoded[] batch = encodeBatch(date, i, Math.min(end, i + BATCH));
            for (Encoded e : batch) {
              if (out == null || partBytes >= spec.maxFileBytes()) {
                if (out != null) {
                  out.close();
                  textBytes += partBytes;
                  diskBytes += disk.count;
                }
                Path file = dir.resolve(fileName(date, part++));
                files.add(file);
                disk = new CountingStream(Files.newOutputStream(file));
                out = new BufferedOutputStream(spec.gzip() ? new GZIPOutputStream(disk, BUFFER) : disk, BUFFER);
                partBytes = 0;
              }
              out.write(e.article);
              partBytes += e.article.length;
              truth.write(e.truth);
              for (Map.Entry<String, Integer> m : e.inserted.entrySet()) byActor.merge(m.getKey(), (long) m.getValue(), Long::sum);
              mentions += e.mentions;
            }
            i += batch.length;
          }
        } finally {
          if (out != null) out.close();
        }
        textBytes += partBytes;
        diskBytes += disk == null ? 0 : disk.count;
      }
    }
    CorpusSummary summary = new CorpusSummary(spec.articles(), textBytes, diskBytes, files, mentions, byActor,
        (System.nanoTime() - started) / 1e9);
    Files.writeString(dir.resolve(MANIFEST_FILE), manifest(summary), StandardCharsets.UTF_8);
    return summary;
  }

  private Encoded[] encodeBatch(LocalDate date, long from, long to) {
    return LongStream.range(from, to).parallel().mapToObj(i -> {
      GeneratedArticle a = generator.generate(i, date);
      StringBuilder sb = new StringBuilder(a.text().length() + 512);
      return new Encoded(articleLine(sb, a).getBytes(StandardCharsets.UTF_8),
          truthLine(sb, a).getBytes(StandardCharsets.UTF_8), a.inserted(), a.insertedMentions());
    }).toArray(Encoded[]::new);
  }

  /** One article as the bytes of its lines. */
  private record Encoded(byte[] article, byte[] truth, Map<String, Integer> inserted, int mentions) {}

  String fileName(LocalDate date, int part) {
    return date + (part == 0 ? "" : "." + part) + (spec.gzip() ? ".jsonl.gz" : ".jsonl");
  }

  static String articleLine(StringBuilder sb, GeneratedArticle a) {
    sb.setLength(0);
    sb.append('{');
    JsonText.field(sb, "id", a.id()).append(',');
    JsonText.field(sb, "published", a.published()).append(',');
    JsonText.field(sb, "source", a.source()).append(',');
    JsonText.field(sb, "url", a.url()).append(',');
    JsonText.field(sb, "title", a.title()).append(',');
    JsonText.field(sb, "text", a.text());
    return sb.append("}\n").toString();
  }

  static String truthLine(StringBuilder sb, GeneratedArticle a) {
    sb.setLength(0);
    sb.append('{');
    JsonText.field(sb, "id", a.id()).append(',');
    JsonText.field(sb, "date", a.date().toString()).append(",\"inserted\":{");
    boolean first = true;
    for (Map.Entry<String, Integer> e : a.inserted().entrySet()) {
      if (!first) sb.append(',');
      first = false;
      JsonText.string(sb, e.getKey()).append(':').append(e.getValue());
    }
    return sb.append("}}\n").toString();
  }

  private String manifest(CorpusSummary s) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "{\"articles\":%d,\"days\":%d,\"sources\":%d,\"start\":\"%s\",\"seed\":%d,"
            + "\"gzip\":%b,\"mean_chars\":%d,\"mentions_per_article\":%s,\"text_bytes\":%d,\"disk_bytes\":%d,"
            + "\"files\":%d,\"inserted_mentions\":%d,%s\"inserted_by_actor\":{",
        spec.articles(), spec.days(), spec.sources(), spec.start(), spec.seed(), spec.gzip(), spec.meanChars(),
        spec.mentionsPerArticle(), s.textBytes(), s.diskBytes(), s.files().size(), s.insertedMentions(),
        slant()));
    boolean first = true;
    for (Map.Entry<String, Long> e : new TreeMap<>(s.insertedByActor()).entrySet()) {
      if (!first) sb.append(',');
      first = false;
      JsonText.string(sb, e.getKey()).append(':').append(e.getValue());
    }
    return sb.append("}}\n").toString();
  }

  private String slant() {
    if (spec.slant() == null) return "";
    StringBuilder sb = new StringBuilder("\"slant\":{");
    JsonText.field(sb, "source", generator.sourceName(spec.slant().sourceRank() - 1)).append(',');
    return JsonText.field(sb, "actor", spec.slant().actorId()).append("},").toString();
  }

  /** Counts the bytes that reach the file, after compression. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
