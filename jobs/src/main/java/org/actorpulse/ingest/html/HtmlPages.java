package org.actorpulse.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page: title, stated publication dates, article text (see the package doc). Stateless and
 * thread-safe.
 */
public final class HtmlPages {
  private HtmlPages() {}

  /**
   * @param html    the page's bytes
   * @param charset the charset the server declared, or null; when null or unknown, the page's own
   *                {@code <meta charset>} or byte-order mark decides, else UTF-8
   * @param baseUri the page's URL, for relative links; may be empty
   */
  public static PageContent read(byte[] html, String charset, String baseUri) {
    try {
      return read(Jsoup.parse(new ByteArrayInputStream(html), known(charset), baseUri == null ? "" : baseUri));
    } catch (IOException e) {
      throw new UncheckedIOException("reading HTML from memory", e);
    }
  }

  /** A page given as text (an HTML text field of a JSON or CSV record). */
  public static PageContent read(String html) {
    return read(Jsoup.parse(html));
  }

  /** The article text of a page given as text. */
  public static String text(String html) {
    return read(html).text();
  }

  /**
   * Deeper than any real page (they stay well under a hundred levels); the boilerplate and paragraph walks recurse,
   * and a broken page of thousands of unclosed tags must not overflow a task's stack.
   */
  static final int MAX_DEPTH = 400;

  static PageContent read(Document doc) {
    String title = title(doc);
    List<String> dates = PageDates.candidates(doc);
    Element body = doc.body();
    if (depth(body) > MAX_DEPTH) return new PageContent(title, dates, body.text());
    Boilerplate.strip(body);
    String text = ParagraphText.render(MainContent.find(body));
    return new PageContent(title, dates, text);
  }

  /** The nesting depth below {@code root}, found without recursion. */
  static int depth(Element root) {
    int[] max = {0};
    NodeTraversor.traverse((node, depth) -> {
      if (depth > max[0]) max[0] = depth;
    }, root);
    return max[0];
  }

  private static String title(Document doc) {
    for (Element m : doc.select("meta[property]")) {
      if (m.attr("property").strip().equalsIgnoreCase("og:title") && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    String t = doc.title().strip();
    return t.isEmpty() ? null : t;
  }

  private static String known(String charset) {
    if (charset == null || charset.isBlank()) return null;
    try {
      return Charset.isSupported(charset.strip()) ? charset.strip() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
