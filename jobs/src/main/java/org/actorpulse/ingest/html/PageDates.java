package org.actorpulse.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication dates a page states, as written, most trusted first:
 * <ol>
 *   <li>{@code <meta property="article:published_time">} (Open Graph's article type);</li>
 *   <li>other Open Graph tags: {@code og:article:published_time}, {@code og:published_time},
 *       {@code og:pubdate};</li>
 *   <li>{@code <meta name>} {@code date}, {@code pubdate}, {@code publishdate}, {@code publish-date},
 *       {@code dc.date}, {@code dc.date.issued}, {@code dcterms.date}, {@code dcterms.issued} (any case), and
 *       {@code <meta itemprop="datePublished">};</li>
 *   <li>JSON-LD {@code datePublished} (in the object, an array of objects, or its {@code @graph});</li>
 *   <li>{@code <time datetime>} inside the {@code <article>}, else one marked {@code itemprop=datePublished}.</li>
 * </ol>
 * The caller takes the first one that parses (a page may state "25 Sept" in one tag and an ISO date in the
 * next). Modified or crawl dates are never taken: they are not when the article appeared. Must run before
 * {@link Boilerplate} removes scripts and headers. Thread-safe.
 */
public final class PageDates {
  private PageDates() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> OPEN_GRAPH =
      List.of("og:article:published_time", "og:published_time", "og:pubdate");
  private static final Set<String> META_NAMES = Set.of("date", "pubdate", "publishdate", "publish-date",
      "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued");

  public static List<String> candidates(Document doc) {
    List<String> out = new ArrayList<>();
    metaContent(doc, "property", "article:published_time", out);
    metaContent(doc, "name", "article:published_time", out);
    for (String p : OPEN_GRAPH) metaContent(doc, "property", p, out);
    for (Element m : doc.select("meta[name]")) {
      if (META_NAMES.contains(m.attr("name").strip().toLowerCase(Locale.ROOT))) add(m.attr("content"), out);
    }
    for (Element m : doc.select("meta[itemprop=datePublished]")) add(m.attr("content"), out);
    for (Element script : doc.select("script[type=application/ld+json]")) jsonLd(script.data(), out);
    Element inArticle = doc.selectFirst("article time[datetime]");
    if (inArticle != null) add(inArticle.attr("datetime"), out);
    for (Element t : doc.select("[itemprop=datePublished][datetime]")) add(t.attr("datetime"), out);
    return out;
  }

  private static void metaContent(Document doc, String attribute, String value, List<String> out) {
    for (Element m : doc.select("meta[" + attribute + "]")) {
      if (m.attr(attribute).strip().equalsIgnoreCase(value)) add(m.attr("content"), out);
    }
  }

  private static void add(String value, List<String> out) {
    String v = value == null ? "" : value.strip();
    if (!v.isEmpty() && !out.contains(v)) out.add(v);
  }

  /** datePublished values of a JSON-LD block, breadth first; a block that does not parse says nothing. */
  static void jsonLd(String json, List<String> out) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (java.io.IOException e) {
      return;
    }
    Deque<JsonNode> todo = new ArrayDeque<>();
    if (root != null) todo.add(root);
    int visited = 0;
    // Bounded: the date sits at the top or one level down (arrays, @graph), not deep in nested objects.
    while (!todo.isEmpty() && visited++ < 64) {
      JsonNode n = todo.poll();
      if (n.isArray()) {
        n.forEach(todo::add);
      } else if (n.isObject()) {
        JsonNode d = n.get("datePublished");
        if (d != null && d.isTextual()) add(d.asText(), out);
        JsonNode graph = n.get("@graph");
        if (graph != null) todo.add(graph);
      }
    }
  }
}
