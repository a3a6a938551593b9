package org.actorpulse.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Article text from saved news pages (test resources, written for these tests with the furniture real sites
 * carry): the body paragraphs, each its own paragraph, and none of the boilerplate.
 */
class HtmlPagesTest {
  private static PageContent page(String name, String charset) throws IOException {
    try (InputStream in = HtmlPagesTest.class.getResourceAsStream("/ingest/html/" + name)) {
      return HtmlPages.read(in.readAllBytes(), charset, "https://example.org/story");
    }
  }

  private static List<String> paragraphs(PageContent p) {
    return List.of(p.text().split("\n\n"));
  }

  private static void assertParagraphsStartWith(List<String> expectedStarts, PageContent p) {
    List<String> ps = paragraphs(p);
    assertEquals(expectedStarts.size(), ps.size(), p.text());
    for (int i = 0; i < ps.size(); i++) {
      assertTrue(ps.get(i).startsWith(expectedStarts.get(i)), "paragraph " + i + ": " + ps.get(i));
    }
  }

  private static void assertAbsent(PageContent p, String... phrases) {
    for (String s : phrases) assertFalse(p.text().contains(s), "'" + s + "' leaked into:\n" + p.text());
  }

  @Test
  void articleBodyOfAWireStoryWithoutItsFurniture() throws IOException {
    PageContent p = page("wire-story-with-article.html", "utf-8");
    assertEquals("Russia and Turkey agree on Idlib buffer zone", p.title(), "og:title before <title>");
    assertParagraphsStartWith(List.of("Russia and Turkey have agreed", "Speaking after talks with Recep Tayyip Erdoğan",
        "Heavy weapons, including tanks", "The United Nations had warned", "Iran, which also backs"), p);
    assertTrue(p.text().contains("15 to 20 kilometres deep, would be established"), "line breaks inside a paragraph fold");
    assertAbsent(p, "cookies", "Skip to main", "Climate crisis", "Sign in", "Advertisement", "Sponsored",
        "Share on", "Photograph", "newsletter", "More on this story", "Syria's war explained", "Reader comment",
        "All rights reserved", "googletag", "trackPageView", "Martin Ashby", "standfirst", "Deal averts");
  }

  @Test
  void pageWithoutArticleTagKeepsTheStoryBlockOnly() throws IOException {
    PageContent p = page("regional-paper-no-article.html", null);
    assertEquals("Kurdish leaders vow to press on with referendum - The Valley Gazette", p.title(), "<title> without og:title");
    assertParagraphsStartWith(List.of("ERBIL, Iraq - Iraqi Kurdish leaders", "Masoud Barzani, the president",
        "Turkish President Recep Tayyip Erdogan", "Iran closed its airspace"), p);
    assertAbsent(p, "Serving the valley", "Obituaries", "cookie", "ADVERTISEMENT", "morning headlines", "Print this",
        "Most popular", "County fair", "School board", "Copyright 2017", "_gaq");
  }

  @Test
  void articleWithLinkListsLosesTheListsNotTheProse() throws IOException {
    PageContent p = page("article-with-link-lists.html", "utf-8");
    assertParagraphsStartWith(List.of("Iran will continue to enrich uranium", "Rouhani said the United States",
        "The International Atomic Energy Agency"), p);
    assertAbsent(p, "Read more", "Related coverage", "Europe scrambles", "Timeline:", "Topics:", "Nuclear weapons",
        "Careers", "Markets", "Atlas Post staff");
  }

  @Test
  void pageWideFormAndBodyWithNoiseClassesAreWrappersNotNoise() throws IOException {
    PageContent p = page("aspnet-form-wrapper.html", "windows-1252");
    assertParagraphsStartWith(List.of("The United Nations special envoy", "Saudi Arabia said the missile",
        "Iran denied arming the Houthis", "Commentary: the blockade"), p);
    assertAbsent(p, "Home", "cookies", "Weather in Sanaa", "All content copyright", "VIEWSTATE");
  }

  @Test
  void classAndIdWordsSplitAtSeparatorsAndCamelCase() {
    assertEquals(List.of("cookie", "banner", "share", "bar", "ad", "slot"), Boilerplate.words("cookieBanner share-bar ad_slot"));
    assertTrue(Boilerplate.hasNoiseWord("js-ad-container"));
    assertTrue(Boilerplate.hasNoiseWord("sideBar"));
    assertFalse(Boilerplate.hasNoiseWord("commentary-body"), "commentary is prose, not comments");
    assertFalse(Boilerplate.hasNoiseWord("shadow download header-image lead"), "no substring matches");
  }

  @Test
  void commentsGoEvenWhenTheyOutweighTheArticle() {
    String comment = "<p>" + "A long reader comment that goes on and on about the war and its causes. ".repeat(3) + "</p>";
    PageContent p = HtmlPages.read("<html><body><div class=story><p>The only paragraph of a very short news item"
        + " about Syria.</p></div><div id=comments>" + comment.repeat(5) + "</div></body></html>");
    assertEquals("The only paragraph of a very short news item about Syria.", p.text());
  }

  @Test
  void teaserArticlesDoNotBeatTheStory() {
    String teaser = "<article class=teaser><h3><a href=/x>Another story headline here</a></h3>"
        + "<p>A one-line teaser of twenty-five chars or more.</p></article>";
    PageContent p = HtmlPages.read("<html><body><div class=col>" + teaser.repeat(3) + "</div><div id=story>"
        + "<p>First paragraph of the real story, long enough to count as a paragraph.</p>"
        + "<p>Second paragraph of the real story, also long enough to be counted.</p>"
        + "<p>Third paragraph of the real story, and this one is long enough as well.</p></div></body></html>");
    assertEquals(3, paragraphs(p).size(), p.text());
    assertTrue(p.text().startsWith("First paragraph of the real story"), p.text());
  }

  @Test
  void paragraphsComeFromBlocksAndLineBreaks() {
    PageContent p = HtmlPages.read("<html><body><div>Line one of an address<br>Line two<br><br>"
        + "<b>Bold</b> and   <i>spaced</i>\n text</div><h2>A subhead</h2><ul><li>first point</li><li>second point</li></ul>"
        + "</body></html>");
    assertEquals("Line one of an address\n\nLine two\n\nBold and spaced text\n\nA subhead\n\nfirst point\n\nsecond point",
        p.text());
  }

  @Test
  void emptyPagesGiveEmptyTextAndNoTitle() {
    PageContent p = HtmlPages.read("<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>");
    assertEquals("", p.text());
    assertNull(p.title());
  }

  @Test
  void htmlModeAutoWantsALeadingTagAndABlockTag() {
    assertTrue(HtmlMode.AUTO.appliesTo("  <div class=x><p>Text</p></div>"));
    assertTrue(HtmlMode.AUTO.appliesTo("<!DOCTYPE html><html><body>x</body></html>"));
    assertFalse(HtmlMode.AUTO.appliesTo("<5% growth, said the <p> minister"), "starts with < but no tag follows it");
    assertFalse(HtmlMode.AUTO.appliesTo("Text with a <p> tag inside"), "does not start with <");
    assertTrue(HtmlMode.ALWAYS.appliesTo("plain"));
    assertFalse(HtmlMode.NEVER.appliesTo("<p>x</p>"));
    assertEquals(HtmlMode.ALWAYS, HtmlMode.parse(" Always "));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> HtmlMode.parse("sometimes"));
    assertTrue(e.getMessage().contains("sometimes") && e.getMessage().contains("auto"), e.getMessage());
  }

  @Test
  void tiedBlocksGiveTheSameTextOnEveryParse() {
    String a = "The convoy reached the town late at night, officials said.";
    String b = "Aid workers counted the families who had fled the fighting.";
    String html = "<body><div id=left><div class=a><p>" + a + "</p></div><div class=x><p>Residents waited.</p></div>"
        + "</div><div id=right><div class=b><p>" + b + "</p></div></div></body>";
    String first = HtmlPages.text(html);
    for (int i = 0; i < 200; i++) assertEquals(first, HtmlPages.text(html), "parse " + i);
  }

  @Test
  void aPageOfThousandsOfUnclosedTagsGivesItsTextWithoutOverflowingTheStack() {
    String html = "<html><body>" + "<div>".repeat(8_000) + "<p>The only paragraph of a broken page.</p></body></html>";
    assertEquals("The only paragraph of a broken page.", HtmlPages.text(html).strip());
  }
}
