package org.actorpulse.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceComparisonTest {
  private static MeanStats tone(int n, double value) {
    MeanStats s = new MeanStats();
    for (int i = 0; i < n; i++) s.add(value + (i % 2 == 0 ? 0.2 : -0.2));
    return s;
  }

  @Test
  void periodsMergeIntoOneLinePerSourceWithSharesOverTheSpan() {
    List<SourceComparison.Cell> cells = List.of(
        new SourceComparison.Cell("a", "RUS", 10, 4, tone(4, -0.1)),
        new SourceComparison.Cell("a", "RUS", 30, 6, tone(6, -0.3)),
        new SourceComparison.Cell("b", "RUS", 5, 2, tone(2, 0.0)));
    Map<String, List<SourceComparison.Line>> out = SourceComparison.compare(cells, Map.of("a", 80L, "b", 10L),
        DivergenceTest.DEFAULT);
    List<SourceComparison.Line> rus = out.get("RUS");
    assertEquals(List.of("a", "b"), rus.stream().map(SourceComparison.Line::source).toList(), "most mentions first");
    SourceComparison.Line a = rus.get(0);
    assertEquals(40, a.mentions());
    assertEquals(10, a.articles());
    assertEquals(0.5, a.shareOfVoice(), 1e-12);
    assertEquals(10, a.tone().n());
    assertEquals((4 * -0.1 + 6 * -0.3) / 10, a.tone().mean(), 1e-12);
    assertEquals(2, a.others().n());
    assertEquals(a.tone().mean() - 0.0, a.delta(), 1e-12);
    assertFalse(a.divergent(), "b has too few articles to compare with");
  }

  @Test
  void theHarshSourceIsTheOnlyDivergentOne() {
    List<SourceComparison.Cell> cells = new ArrayList<>();
    cells.add(new SourceComparison.Cell("harsh", "ISIS", 60, 30, tone(30, -0.8)));
    for (String s : List.of("a", "b", "c", "d")) cells.add(new SourceComparison.Cell(s, "ISIS", 60, 30, tone(30, -0.2)));
    List<SourceComparison.Line> lines = SourceComparison.compare(cells, Map.of(), DivergenceTest.DEFAULT).get("ISIS");
    for (SourceComparison.Line l : lines) assertEquals(l.source().equals("harsh"), l.divergent(), l.source());
    assertEquals(0.0, lines.get(0).shareOfVoice(), "no denominator, no share");
  }

  @Test
  void actorsAreOrderedByMentions() {
    List<SourceComparison.Cell> cells = List.of(
        new SourceComparison.Cell("a", "SYR", 3, 1, new MeanStats()),
        new SourceComparison.Cell("a", "RUS", 2, 1, new MeanStats()),
        new SourceComparison.Cell("b", "RUS", 2, 1, new MeanStats()));
    assertEquals(List.of("RUS", "SYR"), SourceComparison.actorsByMentions(cells));
    assertTrue(Double.isNaN(SourceComparison.compare(cells, Map.of(), DivergenceTest.DEFAULT).get("SYR").get(0).delta()));
  }
}
