package org.actorpulse.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The publication dates a page states, most trusted first; modified dates never. */
class PageDatesTest {
  private static List<String> dates(String head, String body) {
    return PageDates.candidates(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
  }

  @Test
  void everyKindInPrecedenceOrder() {
    String head = "<meta name=\"DC.date\" content=\"2017-09-03\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-09-04\"}</script>"
        + "<meta property=\"og:published_time\" content=\"2017-09-02\">"
        + "<meta property=\"article:modified_time\" content=\"2017-09-30\">"
        + "<meta property=\"article:published_time\" content=\"2017-09-01T10:00:00Z\">";
    String body = "<time datetime=\"2017-09-29\">elsewhere</time><article><time datetime=\"2017-09-05\">5 Sep</time></article>";
    assertEquals(List.of("2017-09-01T10:00:00Z", "2017-09-02", "2017-09-03", "2017-09-04", "2017-09-05"),
        dates(head, body));
  }

  @Test
  void metaNamesAreCaseInsensitiveAndItempropCounts() {
    assertEquals(List.of("2017-09-06", "2017-09-07"), dates("<meta name=\"PubDate\" content=\" 2017-09-06 \">"
        + "<meta itemprop=\"datePublished\" content=\"2017-09-07\">", ""));
    assertEquals(List.of("2017-09-08"), dates("", "<span itemprop=\"datePublished\" datetime=\"2017-09-08\">8 Sep</span>"));
  }

  @Test
  void jsonLdInArraysAndGraphsAndBrokenBlocks() {
    List<String> out = new ArrayList<>();
    PageDates.jsonLd("[{\"@type\":\"WebPage\"},{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-09-09\","
        + "\"dateModified\":\"2017-09-10\"}]}]", out);
    PageDates.jsonLd("{not json", out);
    assertEquals(List.of("2017-09-09"), out);
  }

  @Test
  void nothingStatedIsAnEmptyList() {
    assertEquals(List.of(), dates("<meta name=\"description\" content=\"x\"><meta property=\"article:modified_time\" "
        + "content=\"2017-09-30\">", "<p>Posted on <time datetime=\"2017-09-30\">30 Sep</time></p>"));
  }
}
