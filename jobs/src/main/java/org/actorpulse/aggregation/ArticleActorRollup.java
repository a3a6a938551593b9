package org.actorpulse.aggregation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One article's mentions rolled up along the actor hierarchy: for each actor mentioned and each of its ancestors
 * (a {@code RUS.MIL} mention counts for {@code RUS} too), the mentions, the sums behind the tone's mean and sd, the
 * first offset and whether the title names it; and, for each pair of actors the article names, how many of its
 * sentences hold both. Every table of the aggregate stage adds these rows up, so the article is read once.
 *
 * <p>Mentions are taken in text order before anything is summed, so the sums do not depend on the order a shuffle
 * delivered them in (day-by-day runs and one run then agree to the last bit). An actor is never paired with its own
 * ancestor, and a title-only actor (named in the title, not the text) gets a row but no partners: pairs are about
 * the text.
 */
public final class ArticleActorRollup {
  /** One stored mention: its actor as matched, where it is, its score. */
  public record Mention(String actorId, int sentenceIndex, int begin, double sentiment) {}

  /** A co-occurring actor, always greater (by id) than the row's own, and the sentences the two share. */
  public record Partner(String actorId, long sentences) {}

  /**
   * One actor's figures in the article; {@code mentions == 0} for an actor only the title names, whose
   * {@code firstOffset} is then null.
   */
  public record ActorRow(String actorId, long mentions, double sentimentSum, double sentimentSumSquares,
                         Integer firstOffset, boolean inTitle, List<Partner> partners) {}

  private static final Comparator<Mention> TEXT_ORDER = Comparator.comparingInt(Mention::sentenceIndex)
      .thenComparingInt(Mention::begin).thenComparing(Mention::actorId).thenComparingDouble(Mention::sentiment);

  private final Function<String, List<String>> lineage;
  /** Lineages asked for so far: a run sees a few thousand actors and asks for them tens of millions of times. */
  private final Map<String, List<String>> lineages = new HashMap<>();

  /**
   * Not thread-safe (it remembers lineages): one per task.
   *
   * @param lineage an actor id to itself and its ancestors (an unknown id to itself alone)
   */
  public ArticleActorRollup(Function<String, List<String>> lineage) {
    this.lineage = lineage;
  }

  /** @return one row per actor, ordered by actor id */
  public List<ActorRow> rollUp(List<Mention> mentions, Collection<String> titleActors) {
    List<Mention> ordered = new ArrayList<>(mentions);
    ordered.sort(TEXT_ORDER);
    Map<String, Sums> byActor = new TreeMap<>();
    Map<Integer, Set<String>> bySentence = new TreeMap<>();
    for (Mention m : ordered) {
      for (String up : lineageOf(m.actorId())) {
        byActor.computeIfAbsent(up, k -> new Sums()).add(m);
        bySentence.computeIfAbsent(m.sentenceIndex(), k -> new LinkedHashSet<>()).add(up);
      }
    }
    Set<String> inTitle = new LinkedHashSet<>();
    for (String id : titleActors) inTitle.addAll(lineageOf(id));
    for (String id : inTitle) byActor.computeIfAbsent(id, k -> new Sums());

    Map<String, Map<String, long[]>> shared = sharedSentences(bySentence);
    List<String> inText = new ArrayList<>();
    for (Map.Entry<String, Sums> e : byActor.entrySet()) {
      if (e.getValue().mentions > 0) inText.add(e.getKey());
    }
    List<ActorRow> out = new ArrayList<>(byActor.size());
    for (Map.Entry<String, Sums> e : byActor.entrySet()) {
      String a = e.getKey();
      Sums s = e.getValue();
      List<Partner> partners = new ArrayList<>();
      if (s.mentions > 0) {
        Map<String, long[]> withA = shared.getOrDefault(a, Map.of());
        for (String b : inText) {
          if (b.compareTo(a) <= 0 || related(a, b)) continue;
          long[] n = withA.get(b);
          partners.add(new Partner(b, n == null ? 0 : n[0]));
        }
      }
      out.add(new ActorRow(a, s.mentions, s.sum, s.sumSquares, s.mentions == 0 ? null : s.firstOffset,
          inTitle.contains(a), partners));
    }
    return out;
  }

  private List<String> lineageOf(String id) {
    return lineages.computeIfAbsent(id, k -> {
      List<String> up = lineage.apply(k);
      return up.isEmpty() ? List.of(k) : List.copyOf(up);
    });
  }

  private boolean related(String a, String b) {
    return lineageOf(a).contains(b) || lineageOf(b).contains(a);
  }

  /** For actors a &lt; b, the number of sentences holding both. */
  private static Map<String, Map<String, long[]>> sharedSentences(Map<Integer, Set<String>> bySentence) {
    Map<String, Map<String, long[]>> shared = new HashMap<>();
    for (Set<String> actors : bySentence.values()) {
      for (String a : actors) {
        for (String b : actors) {
          if (a.compareTo(b) < 0) shared.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(b, k -> new long[1])[0]++;
        }
      }
    }
    return shared;
  }

  private static final class Sums {
    long mentions;
    double sum;
    double sumSquares;
    int firstOffset = Integer.MAX_VALUE;

    void add(Mention m) {
      mentions++;
      sum += m.sentiment();
      sumSquares += m.sentiment() * m.sentiment();
      firstOffset = Math.min(firstOffset, m.begin());
    }
  }
}
