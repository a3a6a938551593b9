package org.actorpulse.ingest.html;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.actorpulse.corpus.WarcSample;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Not a test: what page-to-text extraction costs per page, on one thread, over the bundled sample's HTML pages
 * (3 KB each) and the saved test pages (3 to 6 KB), read in turn. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.actorpulse.ingest.html.HtmlCost 10000}.
 */
public final class HtmlCost {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    List<byte[]> pages = new ArrayList<>();
    for (WarcRecord r : WarcSample.records()) {
      if (r instanceof WarcResponse resp && resp.http().status() == 200
          && resp.http().contentType().base().toString().equals("text/html")) {
        try (InputStream in = resp.http().body().stream()) {
          pages.add(in.readAllBytes());
        }
      }
    }
    for (String name : List.of("wire-story-with-article.html", "regional-paper-no-article.html",
        "article-with-link-lists.html", "aspnet-form-wrapper.html")) {
      try (InputStream in = HtmlCost.class.getResourceAsStream("/ingest/html/" + name)) {
        pages.add(in.readAllBytes());
      }
    }
    for (int i = 0; i < 3000; i++) HtmlPages.read(pages.get(i % pages.size()), "utf-8", "");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bytes = 0;
    long cpu0 = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      byte[] p = pages.get(i % pages.size());
      bytes += p.length;
      HtmlPages.read(p, "utf-8", "");
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "%d pages (%d distinct), %.1f MB of HTML: cpu %.2f s, %.0f us/page, %.1f MB/s per"
        + " core%n", n, pages.size(), bytes / 1e6, cpu, cpu * 1e6 / n, bytes / 1e6 / cpu);
  }
}
