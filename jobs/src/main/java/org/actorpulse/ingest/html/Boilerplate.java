package org.actorpulse.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes the parts of a page that are never article text: by tag (scripts, styles, navigation, page header and
 * footer, asides, forms, frames), by ARIA role, and by the words of their {@code class} and {@code id}
 * (menu, nav, cookie, banner, ad, share, social, related, newsletter, subscribe, comment...).
 *
 * <p>Class and id values are cut into words at every non-letter and at camel-case humps ({@code cookieBanner},
 * {@code share-bar}, {@code ad_slot}) and a word must equal a listed one: substrings would drop
 * {@code commentary}, {@code shadow} or {@code header}. Two guards keep page-wide wrappers that carry such a
 * word ({@code <body class="nav-open">}, ASP.NET's page-wide {@code <form>}): {@code <body>}, {@code <main>},
 * {@code <article>} and elements containing a {@code <main>} or a schema.org {@code articleBody} are kept, and
 * so is an element holding more than half of the page's paragraph text, unless it is a comment section. (An
 * {@code <article>} inside furniture does not protect it: rails of related stories are often made of them.)
 * Stateless and thread-safe.
 */
public final class Boilerplate {
  private Boilerplate() {}

  static final Set<String> TAGS = Set.of("script", "style", "noscript", "template", "nav", "header", "footer",
      "aside", "form", "iframe", "frame", "object", "embed", "svg", "canvas", "button", "input", "select",
      "textarea", "dialog", "figure", "link", "meta");

  static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
      "dialog", "alertdialog", "menu", "menubar");

  static final Set<String> WORDS = Set.of(
      "menu", "menus", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "masthead", "footer",
      "sidebar", "skip", "byline", "author", "meta",
      "cookie", "cookies", "consent", "gdpr", "banner", "popup", "modal", "overlay", "paywall",
      "ad", "ads", "adslot", "adsbygoogle", "advert", "adverts", "advertisement", "advertising", "sponsor",
      "sponsored", "promo", "promotion", "outbrain", "taboola",
      "share", "shares", "sharing", "sharebar", "social", "related", "recommended", "trending", "newsletter",
      "subscribe", "subscription", "signup",
      "comment", "comments", "disqus");

  private static final Set<String> WRAPPER_TAGS = Set.of("html", "body", "main", "article");
  private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "disqus");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Removes the noise from {@code root} (usually the body), in place. */
  public static void strip(Element root) {
    TextStats stats = TextStats.of(root);
    List<Element> doomed = new ArrayList<>();
    collect(root, stats, stats.paragraphs(root), doomed);
    for (Element e : doomed) e.remove();
  }

  private static void collect(Element e, TextStats stats, int pageParagraphChars, List<Element> doomed) {
    for (Element child : e.children()) {
      if (isNoise(child) && !isWrapper(child, stats, pageParagraphChars)) {
        doomed.add(child);
      } else {
        collect(child, stats, pageParagraphChars, doomed);
      }
    }
  }

  /** Whether the element's tag, role, class or id marks it as page furniture. */
  static boolean isNoise(Element e) {
    if (TAGS.contains(e.normalName())) return true;
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
    if (ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) return true;
    return hasNoiseWord(e.className()) || hasNoiseWord(e.id());
  }

  private static boolean isWrapper(Element e, TextStats stats, int pageParagraphChars) {
    if (TAGS.contains(e.normalName()) && !e.normalName().equals("form")) return false;
    if (WRAPPER_TAGS.contains(e.normalName()) || !e.select("main, [itemprop=articleBody]").isEmpty()) return true;
    boolean comments = words(e.className()).stream().anyMatch(COMMENT_WORDS::contains)
        || words(e.id()).stream().anyMatch(COMMENT_WORDS::contains);
    return !comments && pageParagraphChars > 0 && 2 * stats.paragraphs(e) > pageParagraphChars;
  }

  static boolean hasNoiseWord(String attribute) {
    if (attribute.isEmpty()) return false;
    for (String w : words(attribute)) if (WORDS.contains(w)) return true;
    // Camel case joined again: sideBar is a sidebar, not a side and a bar.
    for (String token : NON_WORD.split(attribute)) {
      if (WORDS.contains(token.toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** {@code "cookieBanner share-bar ad_slot"} -> cookie, banner, share, bar, ad, slot (lower case). */
  static List<String> words(String attribute) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      boolean hump = Character.isUpperCase(c) && Character.isLowerCase(prev);
      if (!Character.isLetterOrDigit(c) || hump) {
        if (w.length() > 0) out.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) w.append(c);
      prev = c;
    }
    if (w.length() > 0) out.add(w.toString().toLowerCase(Locale.ROOT));
    return out;
  }
}
