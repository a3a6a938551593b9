package org.actorpulse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.ActorMatcher;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
  private static final CorpusSpec SPEC = CorpusSpec.of(10_000, 10, 50, CorpusFixtures.START, 7, false);

  @Test
  void sameSeedAndIndexGiveTheSameArticle() {
    GeneratedArticle a = CorpusFixtures.generator(SPEC).generate(123, CorpusFixtures.START);
    GeneratedArticle b = CorpusFixtures.generator(SPEC).generate(123, CorpusFixtures.START);
    assertEquals(a, b);
  }

  @Test
  void anotherSeedGivesAnotherArticle() {
    CorpusSpec other = CorpusSpec.of(10_000, 10, 50, CorpusFixtures.START, 8, false);
    GeneratedArticle a = CorpusFixtures.generator(SPEC).generate(123, CorpusFixtures.START);
    GeneratedArticle b = CorpusFixtures.generator(other).generate(123, CorpusFixtures.START);
    assertNotEquals(a.id(), b.id());
    assertNotEquals(a.text(), b.text());
  }

  @Test
  void matcherFindsExactlyTheInsertedActors() {
    ArticleGenerator generator = CorpusFixtures.generator(SPEC);
    ActorMatcher matcher = CorpusFixtures.dictionary().newMatcher();
    long inserted = 0;
    for (int i = 0; i < 500; i++) {
      GeneratedArticle a = generator.generate(i, CorpusFixtures.START);
      Map<String, Integer> found = new HashMap<>();
      for (ActorMatch m : matcher.find(a.text(), a.date())) found.merge(m.actorId(), 1, Integer::sum);
      assertEquals(a.inserted(), found, "article " + i + ": " + a.text());
      inserted += a.insertedMentions();
    }
    assertTrue(inserted > 1_000, "expected mentions to be inserted, got " + inserted);
  }

  @Test
  void aSlantedSourcePutsEveryMentionOfItsActorInAHostileSentenceAndChangesNothingElse() {
    InsertableAliases aliases = InsertableAliases.from(CorpusFixtures.dictionary());
    String actor = aliases.actorIds().get(0);
    CorpusSpec slanted = SPEC.withSlant(new Slant(2, actor));
    ArticleGenerator plain = CorpusFixtures.generator(SPEC);
    ArticleGenerator harsh = CorpusFixtures.generator(slanted);
    ActorMatcher matcher = CorpusFixtures.dictionary().newMatcher();
    String source = harsh.sourceName(1);
    int hostile = 0;
    for (int i = 0; i < 2_000; i++) {
      GeneratedArticle a = harsh.generate(i, CorpusFixtures.START);
      GeneratedArticle b = plain.generate(i, CorpusFixtures.START);
      if (!b.source().equals(source) || !b.inserted().containsKey(actor)) {
        assertEquals(b, a, "other articles are untouched");
        continue;
      }
      Map<String, Integer> found = new HashMap<>();
      for (ActorMatch m : matcher.find(a.text(), a.date())) {
        found.merge(m.actorId(), 1, Integer::sum);
        if (!m.actorId().equals(actor)) continue;
        String text = a.text();
        assertTrue(Arrays.stream(ArticleGenerator.HOSTILE_TEMPLATES).anyMatch(t -> {
          String before = t.substring(0, t.indexOf("%s"));
          return m.begin() >= before.length() && text.startsWith(before, m.begin() - before.length())
              && text.startsWith(t.substring(t.indexOf("%s") + 2), m.end());
        }), "hostile: " + text.substring(Math.max(0, m.begin() - 60), Math.min(text.length(), m.end() + 60)));
        hostile++;
      }
      assertEquals(a.inserted(), found, "hostile sentences name no other actor");
    }
    assertTrue(hostile > 50, "the slanted source names its actor often enough: " + hostile);
  }

  @Test
  void lengthsVaryAroundTheMean() {
    ArticleGenerator generator = CorpusFixtures.generator(SPEC);
    int n = 2_000;
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) lengths[i] = generator.generate(i, CorpusFixtures.START).text().length();
    double mean = Arrays.stream(lengths).average().orElseThrow();
    Arrays.sort(lengths);
    assertEquals(SPEC.meanChars(), mean, 0.1 * SPEC.meanChars(), "mean length");
    assertTrue(lengths[n / 10] < 0.7 * mean, "10th percentile " + lengths[n / 10] + " should be well below the mean");
    assertTrue(lengths[9 * n / 10] > 1.4 * mean, "90th percentile " + lengths[9 * n / 10] + " should be well above");
  }

  @Test
  void mentionRateFollowsTheSpec() {
    ArticleGenerator generator = CorpusFixtures.generator(SPEC);
    int n = 2_000;
    long mentions = 0;
    for (int i = 0; i < n; i++) mentions += generator.generate(i, CorpusFixtures.START).insertedMentions();
    assertEquals(SPEC.mentionsPerArticle(), (double) mentions / n, 0.1 * SPEC.mentionsPerArticle());
  }

  @Test
  void popularActorsDominate() {
    ArticleGenerator generator = CorpusFixtures.generator(SPEC);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < 2_000; i++) {
      generator.generate(i, CorpusFixtures.START).inserted().forEach((k, v) -> counts.merge(k, v, Integer::sum));
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int top = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(counts.size() > 20, "expected many actors, got " + counts.size());
    assertTrue(top > 0.05 * total, "the most named actor should hold a large share: " + top + " of " + total);
  }
}
