package org.actorpulse.aggregation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
 *
 * <p>Actors are handled by their {@link ActorIndex} numbers, whose order is the ids' order, in arrays reused from
 * article to article: with maps and sets of id strings per article this was about half of the CPU of the shuffle
 * that meets mentions and articles (a JFR profile of {@code aggregate} at 200,000 articles).
 */
public final class ArticleActorRollup {
  /** One stored mention: its actor as matched, where it is, its score. */
  public record Mention(String actorId, int sentenceIndex, int begin, double sentiment) {}

  /** A co-occurring actor, always greater (by id) than the row's own, and the sentences the two share. */
  public record Partner(int actor, long sentences) {}

  /**
   * One actor's figures in the article, by its {@link ActorIndex} number; {@code mentions == 0} for an actor only
   * the title names, whose {@code firstOffset} is then null.
   */
  public record ActorRow(int actor, long mentions, double sentimentSum, double sentimentSumSquares,
                         Integer firstOffset, boolean inTitle, List<Partner> partners) {}

  private static final Comparator<Mention> TEXT_ORDER = Comparator.comparingInt(Mention::sentenceIndex)
      .thenComparingInt(Mention::begin).thenComparing(Mention::actorId).thenComparingDouble(Mention::sentiment);

  private final ActorIndex index;
  private final Function<String, List<String>> lineage;
  /** Each actor's lineage by index numbers, asked for when first met: a run asks tens of millions of times. */
  private final int[][] lineages;
  /** The article's slot of each actor, -1 when the article has none; reset after each article. */
  private final int[] slotOf;
  /** Per slot, the mark of the last sentence it was seen in, so that a sentence lists an actor once. */
  private int[] seenIn = new int[16];

  // Per slot, for the article being rolled up.
  private int slots;
  private int[] actorOf = new int[16];
  private long[] mentions = new long[16];
  private double[] sum = new double[16];
  private double[] sumSquares = new double[16];
  private int[] firstOffset = new int[16];
  private boolean[] inTitle = new boolean[16];

  /**
   * Not thread-safe (it reuses its arrays): one per task.
   *
   * @param index   numbers every actor a mention or a title names, and each one's ancestors
   * @param lineage an actor id to itself and its ancestors (an unknown id to itself alone)
   */
  public ArticleActorRollup(ActorIndex index, Function<String, List<String>> lineage) {
    this.index = index;
    this.lineage = lineage;
    this.lineages = new int[index.size()][];
    this.slotOf = new int[index.size()];
    Arrays.fill(slotOf, -1);
  }

  /** @return one row per actor, ordered by actor id */
  public List<ActorRow> rollUp(List<Mention> articleMentions, Collection<String> titleActors) {
    Mention[] ordered = articleMentions.toArray(new Mention[0]);
    Arrays.sort(ordered, TEXT_ORDER);
    int[] actorOfMention = new int[ordered.length];
    try {
      for (int i = 0; i < ordered.length; i++) {
        Mention m = ordered[i];
        int actor = index.of(m.actorId());
        actorOfMention[i] = actor;
        for (int up : lineageOf(actor)) {
          int s = slot(up);
          mentions[s]++;
          sum[s] += m.sentiment();
          sumSquares[s] += m.sentiment() * m.sentiment();
          firstOffset[s] = Math.min(firstOffset[s], m.begin());
        }
      }
      for (String id : titleActors) {
        for (int up : lineageOf(index.of(id))) inTitle[slot(up)] = true;
      }
      int[] shared = sharedSentences(ordered, actorOfMention);
      Integer[] byId = new Integer[slots];
      for (int s = 0; s < slots; s++) byId[s] = s;
      Arrays.sort(byId, Comparator.comparingInt(s -> actorOf[s]));
      List<ActorRow> out = new ArrayList<>(slots);
      for (int i = 0; i < slots; i++) {
        int a = byId[i];
        List<Partner> partners = new ArrayList<>();
        if (mentions[a] > 0) {
          for (int j = i + 1; j < slots; j++) {
            int b = byId[j];
            if (mentions[b] == 0 || related(actorOf[a], actorOf[b])) continue;
            partners.add(new Partner(actorOf[b], shared[a * slots + b]));
          }
        }
        out.add(new ActorRow(actorOf[a], mentions[a], sum[a], sumSquares[a],
            mentions[a] == 0 ? null : firstOffset[a], inTitle[a], partners));
      }
      return out;
    } finally {
      for (int s = 0; s < slots; s++) slotOf[actorOf[s]] = -1;
      slots = 0;
    }
  }

  /** Per pair of slots (both ways), the number of sentences holding both: mentions arrive in sentence order. */
  private int[] sharedSentences(Mention[] ordered, int[] actorOfMention) {
    int[] shared = new int[slots * slots];
    Arrays.fill(seenIn, 0, slots, 0);
    int[] inSentence = new int[slots];
    for (int from = 0; from < ordered.length; ) {
      int sentence = ordered[from].sentenceIndex();
      int to = from;
      int n = 0;
      int stamp = from + 1; // seenIn's mark for this sentence's slots: unique per sentence, never the reset 0
      while (to < ordered.length && ordered[to].sentenceIndex() == sentence) {
        for (int up : lineageOf(actorOfMention[to])) {
          int s = slotOf[up];
          if (seenIn[s] != stamp) {
            seenIn[s] = stamp;
            inSentence[n++] = s;
          }
        }
        to++;
      }
      for (int x = 0; x < n; x++) {
        for (int y = 0; y < n; y++) {
          if (x != y) shared[inSentence[x] * slots + inSentence[y]]++;
        }
      }
      from = to;
    }
    return shared;
  }

  private int slot(int actor) {
    int s = slotOf[actor];
    if (s >= 0) return s;
    if (slots == actorOf.length) grow();
    s = slots++;
    slotOf[actor] = s;
    actorOf[s] = actor;
    mentions[s] = 0;
    sum[s] = 0;
    sumSquares[s] = 0;
    firstOffset[s] = Integer.MAX_VALUE;
    inTitle[s] = false;
    return s;
  }

  private void grow() {
    int n = actorOf.length * 2;
    actorOf = Arrays.copyOf(actorOf, n);
    mentions = Arrays.copyOf(mentions, n);
    sum = Arrays.copyOf(sum, n);
    sumSquares = Arrays.copyOf(sumSquares, n);
    firstOffset = Arrays.copyOf(firstOffset, n);
    inTitle = Arrays.copyOf(inTitle, n);
    seenIn = Arrays.copyOf(seenIn, n);
  }

  private int[] lineageOf(int actor) {
    int[] up = lineages[actor];
    if (up == null) {
      List<String> ids = lineage.apply(index.id(actor));
      up = ids.isEmpty() ? new int[] {actor} : ids.stream().mapToInt(index::of).toArray();
      lineages[actor] = up;
    }
    return up;
  }

  private boolean related(int a, int b) {
    return contains(lineageOf(a), b) || contains(lineageOf(b), a);
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) return true;
    }
    return false;
  }
}
