package org.actorpulse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceAliasesTest {
  private final SourceAliases aliases = SourceAliases.of(Map.of(
      "reuters", List.of("reuters.com", "Reuters News"),
      "bbc", List.of("bbc.co.uk", "bbc.com"),
      "reuters-graphics", List.of("graphics.reuters.com")));

  private String canonical(String source, String url) {
    return aliases.canonical(Sources.normalise(source, url));
  }

  @Test
  void namesHostsAndSubdomainsMapToTheCanonicalName() {
    assertEquals("reuters", canonical("Reuters", null));
    assertEquals("reuters", canonical("  REUTERS   news ", null));
    assertEquals("reuters", canonical(null, "https://www.reuters.com/world/x"));
    assertEquals("reuters", canonical(null, "https://uk.reuters.com/article/y"));
    assertEquals("reuters", canonical("https://uk.reuters.com", null));
    assertEquals("bbc", canonical(null, "https://www.bbc.co.uk/news/z"));
    assertEquals("bbc", canonical(null, "https://m.bbc.com/news/z"));
  }

  @Test
  void theMostSpecificHostWins() {
    assertEquals("reuters-graphics", canonical(null, "https://graphics.reuters.com/a"));
    assertEquals("reuters-graphics", canonical(null, "https://x.graphics.reuters.com/a"));
  }

  @Test
  void otherSourcesKeepTheirNormalisedName() {
    assertEquals("apnews.com", canonical(null, "https://apnews.com/a"));
    assertEquals("le monde", canonical("Le Monde", null));
    assertEquals("co.uk", aliases.canonical("co.uk"), "a bare suffix is never looked up as a parent of itself");
    assertEquals("notreuters.com", canonical(null, "https://notreuters.com/"), "a parent domain, not a suffix");
    assertEquals(Sources.UNKNOWN, canonical(null, null));
  }

  @Test
  void aNameClaimedTwiceIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SourceAliases.of(new java.util.LinkedHashMap<>(Map.of("a", List.of("x.com"), "b", List.of("X.com")))));
    assertTrue(e.getMessage().contains("'x.com' is claimed by both"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SourceAliases.of(Map.of("a", List.of(" "))));
  }

  @Test
  void theShippedAliasFileReadsAndMapsTheCommonOutlets() {
    org.actorpulse.config.Settings s = org.actorpulse.config.SettingsLoader.load(null);
    SourceAliases shipped = s.sourceAliases();
    assertTrue(shipped.size() > 100, "aliases: " + shipped.size());
    assertEquals("reuters", shipped.canonical(Sources.normalise(null, "https://uk.reuters.com/x")));
    assertEquals("ap", shipped.canonical(Sources.normalise("Associated Press", null)));
    assertEquals("rt", shipped.canonical(Sources.normalise(null, "https://www.rt.com/news/1")));
  }
}
