package org.actorpulse.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.actorpulse.ingest.html.HtmlMode;
import org.actorpulse.ingest.language.LanguagePolicy;
import org.actorpulse.model.Article;
import org.junit.jupiter.api.Test;

/** Field names, sources, ids, text normalisation and the record mapper, without Spark. */
class MappingTest {
  private final RecordMapper mapper = new RecordMapper(null, null, 1000);

  private static String[] values(String id, String date, String source, String url, String title, String text) {
    return new String[] {id, date, source, url, title, text};
  }

  private ParsedRecord map(String[] v) {
    return mapper.map(v, "f", 1L, () -> "raw");
  }

  @Test
  void fieldNamesAreCaseInsensitiveWithCommonVariants() {
    FieldMapping m = FieldMapping.defaults();
    assertEquals(Field.DATE, m.slot("Published_At").field());
    assertEquals(Field.DATE, m.slot("PUBDATE").field());
    assertEquals(Field.SOURCE, m.slot("Publisher").field());
    assertEquals(Field.URL, m.slot("link").field());
    assertEquals(Field.TITLE, m.slot("Headline").field());
    assertEquals(Field.TEXT, m.slot("Article").field());
    assertNull(m.slot("author"));
  }

  @Test
  void confNamesAreAddedAndPreferred() {
    FieldMapping m = FieldMapping.withExtraNames(Map.of("text", List.of("story_body"), "url", List.of("id")));
    assertEquals(Field.TEXT, m.slot("Story_Body").field());
    assertEquals(0, m.slot("story_body").rank());
    assertEquals(Field.URL, m.slot("id").field(), "a conf name takes a built-in name over");
    int[] idx = m.resolve(List.of("content", "story_body", "id"));
    assertEquals(1, idx[Field.TEXT.ordinal()]);
    assertEquals(2, idx[Field.URL.ordinal()]);
    assertEquals(-1, idx[Field.ID.ordinal()]);
  }

  @Test
  void unknownConfFieldIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FieldMapping.withExtraNames(Map.of("body_text", List.of("x"))));
    assertTrue(e.getMessage().contains("body_text"), e.getMessage());
  }

  @Test
  void jsonLineTakesTheFirstNonBlankValueByPreference() {
    JsonRecords json = new JsonRecords(new JsonFactory(), FieldMapping.defaults());
    assertNull(json.parseLine("{\"content\":\"second\",\"TEXT\":\"first\",\"date\":null,\"published\":\"2017-09-25\","
        + "\"nested\":{\"text\":\"no\"},\"id\":17}"));
    assertEquals("first", json.values()[Field.TEXT.ordinal()]);
    assertEquals("2017-09-25", json.values()[Field.DATE.ordinal()]);
    assertEquals("17", json.values()[Field.ID.ordinal()]);
    assertNull(json.parseLine("{\"text\":\"  \",\"body\":\"kept\"}"));
    assertEquals("kept", json.values()[Field.TEXT.ordinal()]);
    assertNull(json.parseLine("{\"text\":[\"a\",\"b\"]}"));
    assertNull(json.values()[Field.TEXT.ordinal()], "an array is not a text");
  }

  @Test
  void jsonLineReasons() {
    JsonRecords json = new JsonRecords(new JsonFactory(), FieldMapping.defaults());
    assertEquals(Reasons.JSON_MALFORMED, json.parseLine("{\"text\":\"unclosed"));
    assertEquals(Reasons.JSON_MALFORMED, json.parseLine("{\"text\":\"a\"} trailing"));
    assertEquals(Reasons.JSON_MALFORMED, json.parseLine("{\"a\":1}{\"b\":2}"));
    assertEquals(Reasons.JSON_MALFORMED, json.parseLine("[1,2"));
    assertEquals(Reasons.JSON_NOT_OBJECT, json.parseLine("[1,2]"));
    assertEquals(Reasons.JSON_NOT_OBJECT, json.parseLine("\"just a string\""));
    assertEquals(Reasons.JSON_NOT_OBJECT, json.parseLine("42"));
    assertEquals(Reasons.JSON_NOT_OBJECT, json.parseLine("null"));
  }

  @Test
  void sourceFromFieldElseUrlHostElseUnknown() {
    assertEquals("bbc", Sources.normalise("  BBC ", "https://www.cnn.com/x"));
    assertEquals("cnn.com", Sources.normalise(null, "https://www.CNN.com:443/x?y#z"));
    assertEquals("news.org", Sources.normalise("", "http://m.news.org/a"));
    assertEquals("news.org", Sources.normalise(" ", "https://amp.news.org/a"));
    assertEquals("example.co.uk", Sources.normalise("https://www.example.co.uk/news", null));
    assertEquals("example.co.uk", Sources.normalise("WWW.Example.co.uk", null));
    assertEquals("reuters world", Sources.normalise("Reuters  World", null));
    assertEquals("unknown", Sources.normalise(null, null));
    assertEquals("unknown", Sources.normalise(null, "not a url"));
    assertEquals("www.com", Sources.normalise(null, "http://www.com/"), "www.com has nothing left to strip to");
  }

  @Test
  void normalisedTextIgnoresCaseWhiteSpaceAndCompositionForm() {
    String composed = "Caf\u00e9  au\tlait\n";
    String decomposed = " CAFE\u0301 au\u00a0LAIT";
    assertEquals("caf\u00e9 au lait", Texts.normalise(composed));
    assertEquals(Texts.normalise(composed), Texts.normalise(decomposed));
    assertEquals(Texts.dedupKey(composed), Texts.dedupKey(decomposed));
    assertFalse(Texts.dedupKey("cafe au lait").equals(Texts.dedupKey(composed)));
    assertEquals(32, Texts.dedupKey("x").length());
  }

  @Test
  void fastKeyIsShaOfTheNormalisedUtf8() {
    TextKeyer k = new TextKeyer();
    for (String t : new String[] {"", "  A  b ", "\u00c9t\u00e9 \uD83D\uDE00 Z\u2003end", "x".repeat(20_000) + " \u00DF",
        "\uD801\uDC00 Deseret", "lone \uD800 surrogate", "\u0130stanbul"}) {
      assertEquals(Texts.sha256Hex(Texts.normalise(t), 32), k.key(t, 32), t.length() > 50 ? "long" : t);
    }
    assertEquals("\uD801\uDC28 deseret", Texts.normalise("\uD801\uDC00 Deseret"), "supplementary letters lower-case too");
  }

  @Test
  void normalisingEqualsTheRuleCodePointByCodePoint() {
    String alphabet = "aZ09 .,\n\t\u000b\u001c\u00a0\u2003\u00c9e\u0301\u0130\u03a3\ud801\udc00\ud800\u00df";
    java.util.Random random = new java.util.Random(11);
    TextKeyer reused = new TextKeyer();
    for (int t = 0; t < 2_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(t % 100 == 0 ? 20_000 : 40);
      for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String s = text.toString();
      assertEquals(normalisedPerCodePoint(s), reused.normalise(s), () -> "text of " + s.length() + " chars");
    }
  }

  /** NFC, white space runs to one space (none at the ends), every other code point lower-cased. */
  private static String normalisedPerCodePoint(String text) {
    String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (space) out.append(' ');
      space = false;
      out.appendCodePoint(Character.toLowerCase(cp));
    }
    return out.toString();
  }

  @Test
  void cleaningDropsNulAndControlsButKeepsLayout() {
    assertEquals("a b\tc\nd", Texts.clean("\u0000a\u0001 b\tc\nd\u0000 "));
    assertEquals("ok \ufffd kept", Texts.clean("ok \ufffd kept"), "replacement chars from bad UTF-8 stay");
    assertNull(Texts.emptyToNull("\u0000 \u0007"));
  }

  @Test
  void idIsGivenElseUrlHashElseTextHash() {
    Article given = map(values(" a-1 ", "2017-09-25", null, "http://x.org/1", null, "t")).article();
    assertEquals("a-1", given.articleId());
    Article byUrl = map(values(null, "2017-09-25", null, "http://x.org/1", null, "t")).article();
    assertEquals(Texts.sha256Hex("http://x.org/1", 16), byUrl.articleId());
    assertEquals("a0d7b8a2c5b6e6c0".length(), byUrl.articleId().length());
    Article byText = map(values("", "2017-09-25", null, null, null, "Some  Text")).article();
    Article same = map(values(null, "2017-09-26", null, null, null, "some text")).article();
    assertEquals(byText.articleId(), same.articleId(), "the text hash is over the normalised text");
    assertEquals(Texts.dedupKey("some text").substring(0, 16), byText.articleId());
  }

  @Test
  void hashIdsAreStableAcrossRuns() {
    // SHA-256("http://x.org/1") starts with these 16 hex chars; a change here changes every stored id.
    assertEquals(sha256HexByJdk("http://x.org/1").substring(0, 16), Texts.sha256Hex("http://x.org/1", 16));
  }

  private static String sha256HexByJdk(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rejectReasonsInOrderTextThenDate() {
    assertEquals(Reasons.TEXT_MISSING, map(values("a", null, null, null, null, null)).reason());
    assertEquals(Reasons.TEXT_MISSING, map(values("a", "2017-09-25", null, null, null, " \u0000 ")).reason());
    assertEquals(Reasons.DATE_MISSING, map(values("a", null, null, null, null, "t")).reason());
    assertEquals(Reasons.DATE_INVALID, map(values("a", "2017-02-30", null, null, null, "t")).reason());
    RecordMapper windowed = new RecordMapper(LocalDate.of(2017, 9, 24), LocalDate.of(2017, 9, 26), 1000);
    assertEquals(Reasons.DATE_OUTSIDE_WINDOW,
        windowed.map(values("a", "2017-09-27", null, null, null, "t"), "f", 3L, () -> "raw").reason());
    assertTrue(windowed.map(values("a", "2017-09-26", null, null, null, "t"), "f", 3L, () -> "raw").isArticle());
    assertTrue(windowed.map(values("a", "2017-09-24", null, null, null, "t"), "f", 3L, () -> "raw").isArticle());
    ParsedRecord r = map(values("a", "x", null, null, null, "t"));
    assertEquals("raw", r.reject().raw());
    assertEquals(1L, r.line());
  }

  @Test
  void longTextIsCutAndFlaggedButKeyedOnTheWholeText() {
    RecordMapper small = new RecordMapper(null, null, 5);
    String text = "abcd\uD83D\uDE00tail";
    ParsedRecord r = small.map(values("a", "2017-09-25", null, null, null, text), "f", 1L, () -> "raw");
    assertTrue(r.truncated());
    assertEquals("abcd", r.article().text(), "a surrogate pair is not split");
    assertEquals(Texts.dedupKey(text), r.textKey());
    assertFalse(map(values("a", "2017-09-25", null, null, null, "short")).truncated());
  }

  @Test
  void titleAndUrlBlankBecomeNull() {
    Article a = map(values("a", "2017-09-25", null, " ", "\t", "t")).article();
    assertNull(a.url());
    assertNull(a.title());
    assertEquals("unknown", a.source());
  }

  @Test
  void plannerSpreadsBigFilesAndGroupsSmallOnes() {
    List<ReadUnit> files = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) files.add(ReadUnit.whole(new InputFile("f" + i, 1000, false)));
    List<List<ReadUnit>> groups = FilePlanner.plan(files, 2, 1L << 27);
    assertEquals(2, groups.size());
    assertEquals(500, groups.get(0).size());
    List<ReadUnit> mixed = new java.util.ArrayList<>(FilePlanner.ranges(new InputFile("a", 300L << 20, false), 128L << 20));
    mixed.add(ReadUnit.whole(new InputFile("b.gz", 100L << 20, true)));
    mixed.add(ReadUnit.whole(new InputFile("c", 10, false)));
    List<List<ReadUnit>> big = FilePlanner.plan(mixed, 2, 128L << 20);
    assertEquals(5, big.size(), "300 MB in 3 ranges, 400 MB (uncompressed) of gzip, a small file: 5 tasks");
    assertArrayEquals(new int[] {1, 1, 1, 1, 1}, big.stream().mapToInt(List::size).toArray());
    assertEquals(List.of(0L, 128L << 20, 256L << 20),
        FilePlanner.ranges(new InputFile("a", 300L << 20, false), 128L << 20).stream().map(ReadUnit::start).toList());
    assertEquals(8L << 20, FilePlanner.splitBytes(10L << 20, 2));
    assertEquals(128L << 20, FilePlanner.splitBytes(4L << 30, 2));
  }

  private static final String HTML_TEXT = "<div class=\"story\"><nav><a href=\"/\">Home</a></nav>"
      + "<p>Iraqi forces retook the last districts of Tal Afar from Islamic State on Saturday, the prime minister"
      + " said, weeks after the fall of Mosul.</p><div class=\"ad-slot\">Advertisement</div>"
      + "<p>Kurdish Peshmerga fighters held positions to the north of the town during the offensive.</p></div>";

  @Test
  void htmlTextFieldsAreExtractedUnlessSwitchedOff() {
    String[] v = values("h", "2017-09-25", null, null, null, "  " + HTML_TEXT);
    Article auto = map(v).article();
    assertTrue(auto.text().startsWith("Iraqi forces retook") && auto.text().contains("\n\nKurdish Peshmerga"),
        auto.text());
    assertFalse(auto.text().contains("Advertisement") || auto.text().contains("Home"), auto.text());
    RecordMapper never = new RecordMapper(null, null, 1000, true, SourceAliases.NONE, HtmlMode.NEVER,
        LanguagePolicy.englishOnly());
    assertTrue(never.map(v, "f", 1L, () -> "raw").article().text().startsWith("<div"));
    RecordMapper always = new RecordMapper(null, null, 1000, true, SourceAliases.NONE, HtmlMode.ALWAYS,
        LanguagePolicy.englishOnly());
    assertEquals("Plain text & more", always.map(values("p", "2017-09-25", null, null, null, "Plain text &amp; more"),
        "f", 1L, () -> "raw").article().text(), "always: entities decode in plain text too");
    assertEquals(Reasons.TEXT_MISSING, map(values("e", "2017-09-25", null, null, null,
        "<html><body><nav>Home</nav><script>x()</script></body></html>")).reason(), "a page without text");
  }

  private static final String FRENCH = "Les forces irakiennes ont repris samedi les derniers quartiers de Tal Afar"
      + " au groupe Etat islamique, a annoncé le Premier ministre, quelques semaines après la chute de Mossoul.";

  @Test
  void foreignTextsAreRejectedShortOnesKeptAsUndetermined() {
    ParsedRecord fr = map(values("f", "2017-09-25", null, null, null, FRENCH));
    assertEquals("language:fr", fr.reason());
    assertEquals("raw", fr.reject().raw());
    assertEquals("und", map(values("s", "2017-09-25", null, null, null, "Breve: Tal Afar liberada.")).article().language());
    assertEquals("en", map(values("e", "2017-09-25", null, null, null, "Iraqi forces retook the last districts of"
        + " Tal Afar from Islamic State on Saturday, the prime minister said. Kurdish Peshmerga fighters held"
        + " positions to the north of the town during the offensive.")).article().language());
    RecordMapper french = new RecordMapper(null, null, 1000, true, SourceAliases.NONE, HtmlMode.AUTO,
        new LanguagePolicy(List.of("en", "fr")));
    assertEquals("fr", french.map(values("f", "2017-09-25", null, null, null, FRENCH), "f", 1L, () -> "raw")
        .article().language());
  }

  @Test
  void languageIsCheckedAfterTheDate() {
    assertEquals(Reasons.DATE_MISSING, map(values("f", null, null, null, null, FRENCH)).reason());
  }
}
