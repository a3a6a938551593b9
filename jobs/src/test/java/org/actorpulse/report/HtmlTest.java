package org.actorpulse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupAmpersandsAndBothQuotes() {
    assertEquals("&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; &quot;x&quot; &#39;y&#39;",
        Html.escape("<b>Tom & Jerry</b> \"x\" 'y'"));
  }

  @Test
  void dropsControlCharactersXmlForbids() {
    assertEquals("ab\tc\n", Html.escape("a\u0000b\u0007\tc\n"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", Html.escape(null));
  }

  @Test
  void cutKeepsShortTextAndEllipsesLongText() {
    assertEquals("Russia", Html.cut("Russia", 10));
    assertEquals("Syrian De…", Html.cut("Syrian Democratic Forces", 10));
    assertEquals(10, Html.cut("Syrian Democratic Forces", 10).length());
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String s = "abcdefgh\uD83D\uDE00xyz";
    String cut = Html.cut(s, 10);
    assertEquals("abcdefgh…", cut);
  }
}
