package org.actorpulse.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.actorpulse.aggregation.ArticleActorRollup.ActorRow;
import org.actorpulse.aggregation.ArticleActorRollup.Mention;
import org.actorpulse.aggregation.ArticleActorRollup.Partner;
import org.junit.jupiter.api.Test;

class ArticleActorRollupTest {
  /** RUS.MIL under RUS; SYR.REB under SYR; ISIS alone; anything else unknown. */
  private static final Map<String, List<String>> LINEAGE = Map.of(
      "RUS", List.of("RUS"), "RUS.MIL", List.of("RUS.MIL", "RUS"),
      "SYR", List.of("SYR"), "SYR.REB", List.of("SYR.REB", "SYR"), "ISIS", List.of("ISIS"));
  private static final Function<String, List<String>> LOOKUP = id -> LINEAGE.getOrDefault(id, List.of(id));
  private static final ActorIndex INDEX = new ActorIndex(List.of("RUS", "RUS.MIL", "SYR", "SYR.REB", "ISIS", "OLD.ID"));
  private final ArticleActorRollup rollup = new ArticleActorRollup(INDEX, LOOKUP);

  private static Map<String, ActorRow> byId(List<ActorRow> rows) {
    return rows.stream().collect(Collectors.toMap(r -> INDEX.id(r.actor()), r -> r));
  }

  private static Partner partner(String id, long sentences) {
    return new Partner(INDEX.of(id), sentences);
  }

  @Test
  void mentionsCountForTheirActorAndEachAncestor() {
    Map<String, ActorRow> rows = byId(rollup.rollUp(List.of(
        new Mention("RUS.MIL", 0, 10, -0.5),
        new Mention("RUS", 1, 80, 0.25),
        new Mention("ISIS", 1, 40, -1.0)), List.of()));
    assertEquals(List.of("ISIS", "RUS", "RUS.MIL"), rows.keySet().stream().sorted().toList());
    ActorRow rus = rows.get("RUS");
    assertEquals(2, rus.mentions());
    assertEquals(-0.25, rus.sentimentSum(), 1e-12);
    assertEquals(0.25 + 0.0625, rus.sentimentSumSquares(), 1e-12);
    assertEquals(10, rus.firstOffset());
    assertEquals(1, rows.get("RUS.MIL").mentions());
    assertFalse(rus.inTitle());
  }

  @Test
  void pairsCountSharedSentencesAndNeverPairAnActorWithItsAncestor() {
    Map<String, ActorRow> rows = byId(rollup.rollUp(List.of(
        new Mention("RUS.MIL", 0, 0, 0),
        new Mention("ISIS", 0, 30, 0),
        new Mention("ISIS", 0, 50, 0),
        new Mention("RUS", 2, 100, 0),
        new Mention("ISIS", 2, 120, 0),
        new Mention("SYR", 3, 200, 0)), List.of()));
    // ISIS shares sentence 0 with RUS.MIL (so with RUS), sentence 2 with RUS; SYR is in no shared sentence.
    assertEquals(List.of(partner("RUS", 2), partner("RUS.MIL", 1), partner("SYR", 0)),
        rows.get("ISIS").partners());
    assertEquals(List.of(partner("SYR", 0)), rows.get("RUS").partners(), "never RUS with RUS.MIL");
    assertEquals(List.of(partner("SYR", 0)), rows.get("RUS.MIL").partners());
    assertEquals(List.of(), rows.get("SYR").partners());
  }

  @Test
  void anActorOnlyTheTitleNamesHasARowButNoMentionsOrPartners() {
    Map<String, ActorRow> rows = byId(rollup.rollUp(List.of(new Mention("ISIS", 0, 5, -0.5)),
        List.of("SYR.REB", "ISIS")));
    ActorRow syr = rows.get("SYR");
    assertEquals(0, syr.mentions());
    assertNull(syr.firstOffset());
    assertTrue(syr.inTitle(), "the title names SYR through SYR.REB");
    assertTrue(rows.get("SYR.REB").inTitle());
    assertTrue(rows.get("ISIS").inTitle());
    assertEquals(List.of(), rows.get("ISIS").partners(), "pairs are about the text");
  }

  @Test
  void unknownActorsCountForThemselves() {
    Map<String, ActorRow> rows = byId(rollup.rollUp(List.of(new Mention("OLD.ID", 0, 0, 0.5),
        new Mention("ISIS", 0, 9, 0)), List.of()));
    assertEquals(1, rows.get("OLD.ID").mentions());
    assertEquals(List.of(partner("OLD.ID", 1)), rows.get("ISIS").partners());
  }

  @Test
  void sumsDoNotDependOnTheOrderMentionsArriveIn() {
    Random random = new Random(7);
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      mentions.add(new Mention(i % 3 == 0 ? "RUS.MIL" : "ISIS", i / 5, i * 7, random.nextDouble() * 2 - 1));
    }
    List<ActorRow> first = rollup.rollUp(mentions, List.of());
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(mentions, random);
      assertEquals(first, rollup.rollUp(mentions, List.of()), "bit for bit, whatever the order");
    }
  }

  @Test
  void equalsTheStraightforwardRollUpOnRandomArticles() {
    Random random = new Random(20261207);
    List<String> ids = List.of("RUS", "RUS.MIL", "SYR", "SYR.REB", "ISIS", "OLD.ID");
    for (int article = 0; article < 500; article++) {
      List<Mention> mentions = new ArrayList<>();
      int n = random.nextInt(25);
      for (int i = 0; i < n; i++) {
        mentions.add(new Mention(ids.get(random.nextInt(ids.size())), random.nextInt(6), random.nextInt(2000),
            random.nextInt(5) == 0 ? 0 : random.nextDouble() * 2 - 1));
      }
      List<String> title = random.nextBoolean() ? List.of() : List.of(ids.get(random.nextInt(ids.size())));
      assertEquals(straightforward(mentions, title), rollup.rollUp(mentions, title), "article " + article);
    }
  }

  /** The rule stated with maps and sets of ids: every actor of each mention's lineage, pairs by shared sentences. */
  private static List<ActorRow> straightforward(List<Mention> mentions, List<String> titleActors) {
    List<Mention> ordered = new ArrayList<>(mentions);
    ordered.sort(Comparator.comparingInt(Mention::sentenceIndex).thenComparingInt(Mention::begin)
        .thenComparing(Mention::actorId).thenComparingDouble(Mention::sentiment));
    Map<String, double[]> sums = new TreeMap<>(); // mentions, sum, sum of squares, first offset
    Map<Integer, Set<String>> bySentence = new TreeMap<>();
    for (Mention m : ordered) {
      for (String up : LOOKUP.apply(m.actorId())) {
        double[] s = sums.computeIfAbsent(up, k -> new double[] {0, 0, 0, Integer.MAX_VALUE});
        s[0]++;
        s[1] += m.sentiment();
        s[2] += m.sentiment() * m.sentiment();
        s[3] = Math.min(s[3], m.begin());
        bySentence.computeIfAbsent(m.sentenceIndex(), k -> new HashSet<>()).add(up);
      }
    }
    Set<String> inTitle = new HashSet<>();
    for (String id : titleActors) inTitle.addAll(LOOKUP.apply(id));
    for (String id : inTitle) sums.computeIfAbsent(id, k -> new double[] {0, 0, 0, Integer.MAX_VALUE});
    List<ActorRow> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      String a = e.getKey();
      double[] s = e.getValue();
      List<Partner> partners = new ArrayList<>();
      for (Map.Entry<String, double[]> f : sums.entrySet()) {
        String b = f.getKey();
        if (s[0] == 0 || f.getValue()[0] == 0 || b.compareTo(a) <= 0) continue;
        if (LOOKUP.apply(a).contains(b) || LOOKUP.apply(b).contains(a)) continue;
        long both = bySentence.values().stream().filter(in -> in.contains(a) && in.contains(b)).count();
        partners.add(partner(b, both));
      }
      out.add(new ActorRow(INDEX.of(a), (long) s[0], s[1], s[2], s[0] == 0 ? null : (int) s[3], inTitle.contains(a),
          partners));
    }
    return out;
  }
}
