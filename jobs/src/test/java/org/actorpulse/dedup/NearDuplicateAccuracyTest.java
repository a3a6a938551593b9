package org.actorpulse.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.dedup.Stories.Edit;
import org.actorpulse.dedup.Stories.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The confirmation rule (Jaccard of shingle sets at the configured threshold) on pairs built from real sentences:
 * syndicated copies must be found, different stories on the same topic (same names, a shared background paragraph)
 * must not be merged.
 */
class NearDuplicateAccuracyTest {
  static NearDuplicateOptions options;
  static Stories stories;
  static List<Story> all;

  @BeforeAll
  static void load() {
    options = SettingsLoader.load(null).nearDuplicates();
    stories = Stories.load();
    all = stories.stories();
  }

  private static double similarity(String a, String b) {
    return Jaccard.of(Shingles.of(a, options.shingleWords()), Shingles.of(b, options.shingleWords()));
  }

  @Test
  void theCorpusHasEnoughStoriesPerTopicToBeAHardTest() {
    assertTrue(all.size() >= 200, all.size() + " stories");
    long topicsWithSeveral = all.stream().map(Story::topic).distinct()
        .filter(t -> all.stream().filter(s -> s.topic().equals(t)).count() >= 5).count();
    assertTrue(topicsWithSeveral >= 8, topicsWithSeveral + " topics with 5 stories or more");
  }

  @Test
  void differentStoriesOnOneTopicAreNeverCopies() {
    int pairs = 0;
    int merged = 0;
    double max = 0;
    String worst = "";
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        Story a = all.get(i);
        Story b = all.get(j);
        if (!a.topic().equals(b.topic())) continue;
        pairs++;
        double s = similarity(a.text(), b.text());
        if (s >= options.threshold()) merged++;
        if (s > max) {
          max = s;
          worst = a.topic() + " #" + a.index() + " and #" + b.index();
        }
      }
    }
    assertTrue(pairs > 5_000, pairs + " same-topic pairs");
    assertEquals(0, merged, merged + " of " + pairs + " same-topic pairs merged; most similar " + worst + " at " + max);
    assertTrue(max > 0.02, "the shared background paragraph makes same-topic stories overlap a little: " + max);
  }

  @Test
  void editedCopiesAreCopies() {
    Map<Edit, int[]> found = new EnumMap<>(Edit.class);
    Map<Edit, Double> lowest = new EnumMap<>(Edit.class);
    for (Story s : all) {
      for (Edit e : Edit.values()) {
        double sim = similarity(s.text(), stories.copy(s, e, s.index() * 31L + e.ordinal()));
        int[] f = found.computeIfAbsent(e, k -> new int[2]);
        f[1]++;
        if (sim >= options.threshold()) f[0]++;
        lowest.merge(e, sim, Math::min);
      }
    }
    List<String> report = new ArrayList<>();
    found.forEach((e, f) -> report.add(String.format(Locale.ROOT, "%s %d/%d (lowest %.2f)", e, f[0], f[1],
        lowest.get(e))));
    for (Edit e : List.of(Edit.DATELINE, Edit.PARAGRAPH_ADDED, Edit.LAST_PARAGRAPH_TRIMMED, Edit.WORDS_SUBSTITUTED)) {
      assertEquals(found.get(e)[1], found.get(e)[0], "one edit must never hide a copy: " + report);
    }
    int[] combined = found.get(Edit.DATELINE_TRIMMED_AND_SUBSTITUTED);
    assertTrue(combined[0] >= 0.95 * combined[1], "three edits at once: " + report);
  }

  @Test
  void copiesOfOneStoryAreCopiesOfEachOther() {
    int pairs = 0;
    int found = 0;
    double expectedCandidates = 0;
    for (Story s : all) {
      List<String> copies = new ArrayList<>();
      copies.add(s.text());
      for (Edit e : Edit.values()) copies.add(stories.copy(s, e, s.index() * 17L + e.ordinal()));
      for (int i = 0; i < copies.size(); i++) {
        for (int j = i + 1; j < copies.size(); j++) {
          pairs++;
          double sim = similarity(copies.get(i), copies.get(j));
          if (sim >= options.threshold()) found++;
          expectedCandidates += options.candidateProbability(sim);
        }
      }
    }
    assertTrue(found >= 0.97 * pairs, found + " of " + pairs + " pairs of copies");
    assertTrue(expectedCandidates >= 0.97 * pairs,
        "LSH would compare only " + expectedCandidates + " of " + pairs + " pairs of copies");
  }

  @Test
  void theSeedArticleAndItsCopiesButNotAStoryOpeningLikeIt() {
    Story seed = Stories.seed();
    for (Edit e : Edit.values()) {
      double sim = similarity(seed.text(), stories.copy(seed, e, e.ordinal()));
      assertTrue(sim >= options.threshold(), e + ": " + sim);
    }
    // Another report from the same front: the seed's opening paragraph, then Syria and Russia sentences.
    Story syria = all.stream().filter(s -> s.topic().equals("Syria") || s.topic().equals("Russia")).findFirst()
        .orElseThrow();
    List<List<String>> ps = new ArrayList<>();
    ps.add(seed.paragraphs().get(0));
    ps.addAll(syria.paragraphs().subList(1, syria.paragraphs().size()));
    double sim = similarity(seed.text(), new Story("seed", 1, ps).text());
    assertTrue(sim > 0 && sim < options.threshold(), "same opening, another story: " + sim);
  }
}
