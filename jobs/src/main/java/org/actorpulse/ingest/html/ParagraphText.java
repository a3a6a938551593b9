package org.actorpulse.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders an element as plain text, one paragraph per block element (and per {@code <br>}), paragraphs
 * separated by a blank line so that sentence splitting sees where they end. White space inside a paragraph is
 * collapsed to single spaces. Left out: the headline ({@code <h1>}, already the title), dates outside paragraphs,
 * blocks that are mostly links (lists of related stories, tag lists, "Read more" lines), and the heading right
 * before such a block ("More on this story"). Stateless and thread-safe.
 */
public final class ParagraphText {
  private ParagraphText() {}

  static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "pre", "ul",
      "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
      "h6", "address", "details", "summary", "center", "hr", "caption");

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  private static final Set<String> LEFT_OUT = Set.of("h1", "figcaption", "sup");

  /** Blocks whose text is more than this share of link text are navigation, not prose. */
  static final double MAX_LINK_DENSITY = 0.5;

  public static String render(List<Element> roots) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Element root : roots) {
      walk(root, root, TextStats.of(root), paragraphs, current);
      flush(paragraphs, current);
    }
    return String.join("\n\n", paragraphs);
  }

  private static void walk(Node node, Element root, TextStats stats, List<String> paragraphs, StringBuilder current) {
    if (node instanceof TextNode t) {
      appendCollapsed(current, t.getWholeText());
      return;
    }
    if (!(node instanceof Element e)) return;
    String name = e.normalName();
    if (LEFT_OUT.contains(name)) return;
    // A date outside a paragraph is a byline's; inside one ("on <time>Tuesday</time>") it is part of a sentence.
    if (name.equals("time") && e.closest("p") == null) return;
    if (name.equals("br")) {
      flush(paragraphs, current);
      return;
    }
    boolean block = BLOCKS.contains(name);
    if (block && e != root && stats.text(e) > 0 && stats.linkDensity(e) > MAX_LINK_DENSITY) {
      dropIntroducingHeading(e, paragraphs, current);
      return;
    }
    if (block) flush(paragraphs, current);
    for (Node child : e.childNodes()) walk(child, root, stats, paragraphs, current);
    if (block) flush(paragraphs, current);
  }

  private static void dropIntroducingHeading(Element linkBlock, List<String> paragraphs, StringBuilder current) {
    Element before = linkBlock.previousElementSibling();
    if (before == null || !HEADINGS.contains(before.normalName()) || current.length() > 0 || paragraphs.isEmpty()) {
      return;
    }
    StringBuilder heading = new StringBuilder();
    appendCollapsed(heading, before.wholeText());
    int last = paragraphs.size() - 1;
    if (paragraphs.get(last).equals(heading.toString().strip())) paragraphs.remove(last);
  }

  private static void appendCollapsed(StringBuilder b, String text) {
    boolean space = b.length() > 0 && b.charAt(b.length() - 1) == ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (TextStats.isSpace(c)) {
        if (!space && b.length() > 0) b.append(' ');
        space = true;
      } else {
        b.append(c);
        space = false;
      }
    }
  }

  private static void flush(List<String> paragraphs, StringBuilder current) {
    String p = current.toString().strip();
    // Separators left between removed bylines and dates ("·", "|") are no paragraph.
    if (p.codePoints().anyMatch(Character::isLetterOrDigit)) paragraphs.add(p);
    current.setLength(0);
  }
}
