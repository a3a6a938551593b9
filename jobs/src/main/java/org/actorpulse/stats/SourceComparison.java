package org.actorpulse.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How sources compare in their coverage of and tone toward actors over a span of periods: the {@code source_actor}
 * rows of several periods merged per source and actor, shares recomputed over the span, and each source's tone
 * tested against the other sources pooled ({@link DivergenceTest#compareAll}), exactly as {@code source_actor}
 * does for one period. What {@code compare-sources} prints and the
 * report draws. Stateless.
 */
public final class SourceComparison {
  private SourceComparison() {}

  /** One source's coverage of one actor in one period (a {@code source_actor} row). */
  public record Cell(String source, String actorId, long mentions, long articles, MeanStats tone) {}

  /**
   * One source's figures for one actor over the span.
   *
   * @param shareOfVoice the actor's mentions over the source's mentions of top-level actors
   * @param others       the tone of all other sources toward the actor, pooled
   */
  public record Line(String source, String actorId, long mentions, long articles, double shareOfVoice,
                     MeanStats tone, MeanStats others, boolean divergent) {
    /** Own mean minus the others' mean, or NaN when either side has no scored mention. */
    public double delta() {
      return tone.n() == 0 || others.n() == 0 ? Double.NaN : tone.mean() - others.mean();
    }
  }

  /**
   * @param cells            rows of one granularity, any number of periods
   * @param topLevelBySource each source's mentions of top-level actors over the same periods (share denominators)
   * @return lines per actor (in order of first appearance), each actor's sources by mentions, most first
   */
  public static Map<String, List<Line>> compare(List<Cell> cells, Map<String, Long> topLevelBySource,
                                                DivergenceTest test) {
    Map<String, Map<String, Cell>> merged = new LinkedHashMap<>();
    for (Cell c : cells) {
      merged.computeIfAbsent(c.actorId(), k -> new LinkedHashMap<>()).merge(c.source(), copy(c),
          (a, b) -> new Cell(a.source(), a.actorId(), a.mentions() + b.mentions(), a.articles() + b.articles(),
              a.tone().merge(b.tone())));
    }
    Map<String, List<Line>> out = new LinkedHashMap<>();
    merged.forEach((actor, bySource) -> {
      List<Cell> sources = List.copyOf(bySource.values());
      List<DivergenceTest.Verdict> verdicts = test.compareAll(sources.stream().map(Cell::tone).toList());
      List<Line> lines = new ArrayList<>();
      for (int i = 0; i < sources.size(); i++) {
        Cell c = sources.get(i);
        long total = topLevelBySource.getOrDefault(c.source(), 0L);
        lines.add(new Line(c.source(), actor, c.mentions(), c.articles(),
            total == 0 ? 0.0 : (double) c.mentions() / total, c.tone(), verdicts.get(i).others(),
            verdicts.get(i).divergent()));
      }
      lines.sort(Comparator.comparingLong(Line::mentions).reversed().thenComparing(Line::source));
      out.put(actor, lines);
    });
    return out;
  }

  /** The cell with a tone of its own, as merging accumulates into it. */
  private static Cell copy(Cell c) {
    return new Cell(c.source(), c.actorId(), c.mentions(), c.articles(), new MeanStats().merge(c.tone()));
  }

  /** Mentions per actor over all sources, most first: the order in which to show actors. */
  public static List<String> actorsByMentions(List<Cell> cells) {
    Map<String, Long> m = new HashMap<>();
    for (Cell c : cells) m.merge(c.actorId(), c.mentions(), Long::sum);
    return m.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }
}
