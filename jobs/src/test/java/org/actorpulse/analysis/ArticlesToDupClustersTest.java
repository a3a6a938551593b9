package org.actorpulse.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.actorpulse.SparkTestSession;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.dedup.NearDuplicateOptions;
import org.actorpulse.dedup.Stories;
import org.actorpulse.dedup.Stories.Edit;
import org.actorpulse.dedup.Stories.Story;
import org.actorpulse.model.Article;
import org.actorpulse.table.ArticleTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole detection (shingles, Spark's MinHash, bands, exact confirmation, components) on a day of real-sentence
 * stories: half of them syndicated five times (each copy edited its own way, under its own headline), half once,
 * with a copy a day later, which the same-date rule leaves out of the cluster.
 */
class ArticlesToDupClustersTest {
  static final LocalDate DAY = LocalDate.of(2017, 9, 25);
  static final List<Edit> EDITS = List.of(Edit.DATELINE, Edit.PARAGRAPH_ADDED, Edit.LAST_PARAGRAPH_TRIMMED,
      Edit.WORDS_SUBSTITUTED);
  static Map<String, String> storyOf = new HashMap<>();
  static Map<String, Article> byId = new HashMap<>();
  static long copies;
  static int syndicated;

  @BeforeAll
  static void findClusters() {
    Stories stories = Stories.load();
    List<Row> rows = new ArrayList<>();
    for (Story s : stories.stories()) {
      String story = s.topic() + "#" + s.index();
      boolean wire = s.index() % 2 == 0;
      if (wire) syndicated++;
      rows.add(article(story + "/original", DAY, s.text(), story));
      if (wire) {
        for (Edit e : EDITS) {
          rows.add(article(story + "/" + e, DAY, stories.copy(s, e, s.index() * 13L + e.ordinal()), story));
        }
      } else {
        rows.add(article(story + "/next-day", DAY.plusDays(1), stories.copy(s, Edit.DATELINE, s.index()), story));
      }
    }
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> articles = spark.createDataFrame(rows, ArticleTable.INGESTED);
    NearDuplicateOptions options = SettingsLoader.load(null).nearDuplicates();
    try (DupClusters clusters = new ArticlesToDupClusters(options).apply(articles)) {
      copies = clusters.copies();
      for (Row r : clusters.addTo(articles).collectAsList()) {
        Article a = ArticleTable.fromRow(r);
        byId.put(a.articleId(), a);
      }
    }
  }

  /** Ids are "story/edit" with a hash in front, so that the original is not always the least id. */
  private static Row article(String name, LocalDate date, String text, String story) {
    String id = Integer.toHexString(name.hashCode() & 0xfff) + "-" + name;
    storyOf.put(id, story);
    return RowFactory.create(id, java.sql.Date.valueOf(date), "outlet-" + (name.length() % 7), null,
        "Headline " + name.length(), text, text.length(), "en");
  }

  @Test
  void everyArticleIsWrittenOnceWithItsCluster() {
    assertEquals(storyOf.size(), byId.size());
  }

  @Test
  void eachSyndicatedStoryIsOneClusterOfFive() {
    Map<String, Set<String>> clustersOfStory = new HashMap<>();
    for (Article a : byId.values()) {
      if (a.date().equals(DAY)) clustersOfStory.computeIfAbsent(storyOf.get(a.articleId()), k -> new HashSet<>())
          .add(a.dupCluster() + "/" + a.dupCount());
    }
    int five = 0;
    for (var e : clustersOfStory.entrySet()) {
      if (e.getValue().iterator().next().endsWith("/5")) five++;
      assertEquals(1, e.getValue().size(), e.getKey() + " is split: " + e.getValue());
    }
    assertEquals(syndicated, five, "stories found as clusters of five");
    assertEquals(4L * syndicated, copies, "four copies of each syndicated story");
  }

  @Test
  void noClusterMixesStories() {
    Map<String, Set<String>> storiesOfCluster = new HashMap<>();
    for (Article a : byId.values()) {
      storiesOfCluster.computeIfAbsent(a.dupCluster(), k -> new HashSet<>()).add(storyOf.get(a.articleId()));
    }
    for (var e : storiesOfCluster.entrySet()) assertEquals(1, e.getValue().size(), e.getKey() + ": " + e.getValue());
  }

  @Test
  void theRepresentativeIsTheLeastIdAndHoldsTheCount() {
    for (Article a : byId.values()) {
      Article rep = byId.get(a.dupCluster());
      assertTrue(rep.isRepresentative(), a.articleId());
      assertEquals(a.dupCount(), rep.dupCount());
      assertTrue(rep.articleId().compareTo(a.articleId()) <= 0, a.articleId() + " < " + rep.articleId());
    }
  }

  @Test
  void aCopyOnAnotherDateIsNotInTheCluster() {
    int checked = 0;
    for (Article a : byId.values()) {
      if (a.date().equals(DAY.plusDays(1))) {
        checked++;
        assertEquals(1, a.dupCount(), a.articleId());
        assertEquals(1, byId.values().stream().filter(o -> o.dupCluster().equals(a.articleId())).count());
      }
    }
    assertTrue(checked > 50, checked + " next-day copies");
  }

  @Test
  void storiesToldOnceEachMakeNoCluster() {
    Stories stories = Stories.load();
    List<Row> rows = new ArrayList<>();
    for (Story s : stories.stories()) rows.add(article(s.topic() + "#" + s.index() + "/alone", DAY, s.text(), "x"));
    Dataset<Row> articles = SparkTestSession.get().createDataFrame(rows, ArticleTable.INGESTED);
    try (DupClusters clusters = new ArticlesToDupClusters(SettingsLoader.load(null).nearDuplicates()).apply(articles)) {
      assertEquals(0, clusters.copies());
      List<Row> out = clusters.addTo(articles).collectAsList();
      assertEquals(rows.size(), out.size());
      for (Row r : out) {
        Article a = ArticleTable.fromRow(r);
        assertEquals(a.articleId(), a.dupCluster());
        assertEquals(1, a.dupCount());
      }
    }
  }

  @Test
  void offFindsNoClusterAndReadsNoSketch() {
    List<Row> rows = List.of(article("x/one", DAY, "The same words, twice over.", "x"),
        article("x/two", DAY, "The same words, twice over.", "x"));
    Dataset<Row> articles = SparkTestSession.get().createDataFrame(rows, ArticleTable.INGESTED);
    NearDuplicateOptions off = SettingsLoader.load(null).nearDuplicates().withEnabled(false);
    try (DupClusters clusters = new ArticlesToDupClusters(off).fromSketches(null)) {
      assertEquals(0, clusters.copies());
      for (Row r : clusters.addTo(articles).collectAsList()) {
        Article a = ArticleTable.fromRow(r);
        assertEquals(a.articleId(), a.dupCluster());
        assertEquals(1, a.dupCount());
      }
    }
  }
}
