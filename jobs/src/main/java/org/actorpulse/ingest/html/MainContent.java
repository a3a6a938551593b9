package org.actorpulse.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Picks the elements that hold the article body, on a page already stripped of {@link Boilerplate}.
 *
 * <p>Paragraph density, as in Readability: each good paragraph ({@link TextStats#paragraphs}) adds its length
 * to its parent and half of it to its grandparent; an element's score is that sum times the share of its text
 * that is not link text. The best element is kept with those of its siblings that score at least
 * {@value #SIBLING_SHARE} of it with at most {@value #SIBLING_MAX_LINK_DENSITY} of their text in links (a
 * rail of teasers next to the story has more), or are good paragraphs themselves: a body split by an ad into
 * two blocks keeps both. Counting only children and grandchildren keeps the page wrapper, which holds every paragraph
 * of the page (teasers of other stories too), from winning.
 *
 * <p>A schema.org {@code articleBody}, then an {@code <article>}, replaces that choice when it holds at least
 * {@value #SEMANTIC_SHARE} of the chosen paragraph text and is not mostly links: publishers mark their body
 * so, but also use {@code <article>} for teasers, which hold little. Without any good paragraph the whole root
 * is taken (pages that separate their text with {@code <br>} only). Stateless and thread-safe.
 */
public final class MainContent {
  private MainContent() {}

  static final double SIBLING_SHARE = 0.2;
  static final double SEMANTIC_SHARE = 0.6;
  static final double SIBLING_MAX_LINK_DENSITY = 0.25;

  /** The elements to render, in document order; {@code root} alone when nothing better is found. */
  public static List<Element> find(Element root) {
    TextStats stats = TextStats.of(root);
    // Insertion (document) order, so that ties go to the earlier block on every parse: both ingest passes must
    // extract the same text. (jsoup's Element equality is identity, as an IdentityHashMap's would be.)
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (Element p : stats.goodParagraphs()) {
      double len = stats.paragraphs(p);
      Element parent = p.parent();
      if (parent == null) continue;
      scores.merge(parent, len, Double::sum);
      if (parent != root && parent.parent() != null) scores.merge(parent.parent(), len / 2, Double::sum);
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    if (best == null) return List.of(root);
    List<Element> chosen = withSiblings(best, bestScore, scores, stats, root);
    int chosenText = chosen.stream().mapToInt(stats::paragraphs).sum();
    for (String selector : new String[] {"[itemprop=articleBody]", "article"}) {
      Element semantic = null;
      for (Element e : root.select(selector)) {
        if (semantic == null || stats.paragraphs(e) > stats.paragraphs(semantic)) semantic = e;
      }
      if (semantic != null && stats.paragraphs(semantic) >= SEMANTIC_SHARE * chosenText
          && stats.linkDensity(semantic) <= ParagraphText.MAX_LINK_DENSITY) {
        return List.of(semantic);
      }
    }
    return chosen;
  }

  private static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores,
      TextStats stats, Element root) {
    if (best == root || best.parent() == null) return List.of(best);
    List<Element> out = new ArrayList<>();
    for (Element sibling : best.parent().children()) {
      if (sibling == best) {
        out.add(sibling);
        continue;
      }
      double s = scores.getOrDefault(sibling, 0.0) * (1 - stats.linkDensity(sibling));
      boolean paragraph = sibling.normalName().equals("p") && stats.paragraphs(sibling) > 0;
      boolean prose = stats.linkDensity(sibling) <= SIBLING_MAX_LINK_DENSITY;
      if ((s >= SIBLING_SHARE * bestScore && prose) || paragraph) out.add(sibling);
    }
    return out;
  }
}
