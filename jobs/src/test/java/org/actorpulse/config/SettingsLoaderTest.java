package org.actorpulse.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.actorpulse.stats.Granularity;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs with -Dactorpulse.home pointing at the repository (set by surefire). */
class SettingsLoaderTest {
  @TempDir Path tmp;

  @Test
  void defaultsComeFromTheRepositoryConf() {
    Settings s = SettingsLoader.load(null);
    Path home = Path.of(System.getProperty("actorpulse.home")).toAbsolutePath().normalize();
    assertEquals(home.resolve("conf/actors"), s.dictionary());
    assertEquals("fast", s.engine());
    assertEquals(List.of(Granularity.DAY, Granularity.WEEK, Granularity.MONTH), s.granularities());
    assertEquals(1, s.sources().size());
  }

  @Test
  void userFileOverridesOnlyWhatItSetsAndItsPathsAreRelativeToIt() throws IOException {
    Path conf = tmp.resolve("my.conf");
    Files.writeString(conf, "actorpulse { dictionary = \"dict\", aggregate.granularities = [month]\n"
        + " spark { sql.shuffle.partitions = 64 } }");
    Settings s = SettingsLoader.load(conf);
    assertEquals(tmp.resolve("dict"), s.dictionary());
    assertEquals(List.of(Granularity.MONTH), s.granularities());
    assertEquals("model", s.sentimentScorer(), "unset keys keep their defaults");
    assertEquals(Map.of("spark.sql.shuffle.partitions", "64"), s.spark());
    assertEquals(conf, s.sources().get(0));
  }

  @Test
  void demonymsCanBeSwitchedOffInTheConf() throws IOException {
    assertTrue(SettingsLoader.load(null).matching().demonyms(), "on by default");
    Path conf = tmp.resolve("nodemonyms.conf");
    Files.writeString(conf, "actorpulse.matching.demonyms = false");
    assertFalse(SettingsLoader.load(conf).matching().demonyms());
  }

  @Test
  void languagesAndHtmlDefaultsAndAnAcceptedLanguageNeedsDictionaryAliases() throws IOException {
    Settings defaults = SettingsLoader.load(null);
    assertEquals(java.util.Set.of("en"), defaults.languages().accepted());
    assertEquals(org.actorpulse.ingest.html.HtmlMode.AUTO, defaults.html());

    Path french = tmp.resolve("fr.conf");
    Files.writeString(french, "actorpulse.languages.accepted = [en, fr]");
    ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(french));
    assertTrue(e.getMessage().contains("\"fr\"") && e.getMessage().contains("languages.dictionary"), e.getMessage());

    Path withAliases = tmp.resolve("fr-ok.conf");
    Files.writeString(withAliases, "actorpulse.languages { accepted = [en, fr], dictionary = [en, fr] }\n"
        + "actorpulse.ingest.html = never");
    Settings s = SettingsLoader.load(withAliases);
    assertEquals(java.util.Set.of("en", "fr"), s.languages().accepted());
    assertEquals(org.actorpulse.ingest.html.HtmlMode.NEVER, s.html());

    Path badCode = tmp.resolve("code.conf");
    Files.writeString(badCode, "actorpulse.languages.accepted = [english]");
    ConfigException c = assertThrows(ConfigException.class, () -> SettingsLoader.load(badCode));
    assertTrue(c.getMessage().contains("english") && c.getMessage().contains("ISO 639-1"), c.getMessage());
    Path badHtml = tmp.resolve("html.conf");
    Files.writeString(badHtml, "actorpulse.ingest.html = maybe");
    ConfigException h = assertThrows(ConfigException.class, () -> SettingsLoader.load(badHtml));
    assertTrue(h.getMessage().contains("maybe") && h.getMessage().contains("auto"), h.getMessage());
  }

  @Test
  void nearDuplicatesAreFoundAndCountedOnceByDefaultAndEveryCopyOnRequest() throws IOException {
    var d = SettingsLoader.load(null).nearDuplicates();
    assertTrue(d.enabled());
    assertFalse(d.countCopies());
    assertEquals(List.of(5, 20, 3), List.of(d.shingleWords(), d.bands(), d.rowsPerBand()));
    assertEquals(0.5, d.threshold());
    Path conf = tmp.resolve("copies.conf");
    Files.writeString(conf, "actorpulse.dedup.near-duplicates { count-copies = true, threshold = 0.7 }");
    var mine = SettingsLoader.load(conf).nearDuplicates();
    assertTrue(mine.countCopies());
    assertEquals(0.7, mine.threshold());
    assertEquals(20, mine.bands(), "unset keys keep their defaults");
    Path bad = tmp.resolve("bad-threshold.conf");
    Files.writeString(bad, "actorpulse.dedup.near-duplicates.threshold = 50");
    ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(bad));
    assertTrue(e.getMessage().contains("actorpulse.dedup.near-duplicates.threshold = 50.0"), e.getMessage());
  }

  @Test
  void badValuesAreNamedWithWhatWasExpected() throws IOException {
    Path conf = tmp.resolve("bad.conf");
    Files.writeString(conf, "actorpulse.engine = turbo");
    ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(conf));
    assertTrue(e.getMessage().contains("turbo") && e.getMessage().contains("fast"), e.getMessage());
    assertThrows(ConfigException.class, () -> SettingsLoader.load(tmp.resolve("missing.conf")));
  }

  @Test
  void sparkConfKeepsUserChoicesAndNeverHardCodesAClusterMaster() {
    SparkConf none = SparkConfFactory.create("t", null, Map.of());
    assertEquals("local[*]", none.get("spark.master"));
    assertEquals("false", none.get("spark.ui.enabled"));
    assertEquals("dynamic", none.get("spark.sql.sources.partitionOverwriteMode"));
    SparkConf given = SparkConfFactory.create("t", "spark://127.0.0.1:7077",
        Map.of("spark.ui.enabled", "true", "spark.sql.shuffle.partitions", "8"));
    assertEquals("spark://127.0.0.1:7077", given.get("spark.master"));
    assertEquals("true", given.get("spark.ui.enabled"));
    assertEquals("8", given.get("spark.sql.shuffle.partitions"));
    assertFalse(given.contains("spark.executor.memory"));
    assertFalse(SparkConfFactory.create("t", "spark://h:7077", Map.of()).contains("spark.sql.shuffle.partitions"),
        "a cluster keeps Spark's own default");
    assertEquals("127.0.0.1", none.get("spark.driver.bindAddress"));
    assertFalse(given.contains("spark.driver.bindAddress"), "executors of a cluster must reach the driver");
    assertEquals("6", SparkConfFactory.create("t", "local[3]", Map.of()).get("spark.sql.shuffle.partitions"));
    assertEquals(4, SparkConfFactory.localCores("local[4,2]"));
  }

  @Test
  void aSourceAliasFileWithANameClaimedTwiceIsNamedInTheError() throws IOException {
    Files.writeString(tmp.resolve("sources.yaml"), "reuters: [reuters.com]\nthomson: [Reuters.com]\n");
    Path conf = tmp.resolve("aliases.conf");
    Files.writeString(conf, "actorpulse { ingest.source-aliases = sources.yaml, aggregate.divergence.z = 2.5 }");
    ConfigException e = assertThrows(ConfigException.class, () -> SettingsLoader.load(conf));
    assertTrue(e.getMessage().contains("sources.yaml") && e.getMessage().contains("'reuters.com' is claimed by both"),
        e.getMessage());
    Files.writeString(tmp.resolve("sources.yaml"), "reuters: [reuters.com, uk.reuters.com]\n");
    Settings s = SettingsLoader.load(conf);
    assertEquals("reuters", s.sourceAliases().canonical("uk.reuters.com"));
    assertEquals(2.5, s.divergenceTest().z());
    Files.writeString(tmp.resolve("sources.yaml"), "- just a list\n");
    assertThrows(ConfigException.class, () -> SettingsLoader.load(conf));
  }
}
