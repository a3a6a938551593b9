package org.actorpulse.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text lengths of every element under a root, computed in one pass (asking each element for its text would
 * cost the page's size once per element): all text, text inside links, and text of good paragraphs. Lengths
 * count characters with white-space runs counted once. A snapshot: removing elements afterwards does not update
 * it. Not thread-safe; one per page.
 */
final class TextStats {
  /** A paragraph shorter than this (a dateline, "Advertisement") says little about where the article is. */
  static final int MIN_PARAGRAPH_CHARS = 25;

  private final Map<Element, int[]> byElement = new IdentityHashMap<>();
  private final List<Element> goodParagraphs = new ArrayList<>();

  private static final int TEXT = 0;
  private static final int LINKS = 1;
  private static final int PARAGRAPHS = 2;

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats s = new TextStats();
    NodeTraversor.traverse(s.new Counter(), root);
    return s;
  }

  int text(Element e) {
    return get(e)[TEXT];
  }

  int links(Element e) {
    return get(e)[LINKS];
  }

  /** Text of the paragraphs ({@code <p>}) inside, counting only those of at least 25 chars, mostly not links. */
  int paragraphs(Element e) {
    return get(e)[PARAGRAPHS];
  }

  /** Share of the element's text inside links, 0 for an element without text. */
  double linkDensity(Element e) {
    int t = text(e);
    return t == 0 ? 0 : (double) links(e) / t;
  }

  /** The good paragraphs, in document order. */
  List<Element> goodParagraphs() {
    return goodParagraphs;
  }

  private int[] get(Element e) {
    int[] v = byElement.get(e);
    return v == null ? new int[3] : v;
  }

  static boolean isGoodParagraph(int text, int links) {
    return text >= MIN_PARAGRAPH_CHARS && 2 * links < text;
  }

  private final class Counter implements NodeVisitor {
    private int linkDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        byElement.put(e, new int[3]);
        if (e.normalName().equals("a")) linkDepth++;
      } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
        int n = collapsedLength(t.getWholeText());
        int[] v = byElement.get(parent);
        if (v != null) {
          v[TEXT] += n;
          if (linkDepth > 0) v[LINKS] += n;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) return;
      int[] v = byElement.get(e);
      if (e.normalName().equals("a")) linkDepth--;
      if (e.normalName().equals("p")) {
        v[PARAGRAPHS] = isGoodParagraph(v[TEXT], v[LINKS]) ? v[TEXT] : 0;
        if (v[PARAGRAPHS] > 0) goodParagraphs.add(e);
      }
      if (e.parent() != null) {
        int[] p = byElement.get(e.parent());
        if (p != null) {
          p[TEXT] += v[TEXT];
          p[LINKS] += v[LINKS];
          p[PARAGRAPHS] += v[PARAGRAPHS];
        }
      }
    }
  }

  /** Length with every run of white space (no-break spaces included) counted as one, leading/trailing too. */
  static int collapsedLength(String s) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        if (!space) n++;
        space = true;
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
  }
}
