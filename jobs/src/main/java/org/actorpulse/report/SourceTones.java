package org.actorpulse.report;

import java.util.List;
import java.util.Map;
import org.actorpulse.stats.SourceComparison;

/**
 * The tone of the sources toward the top actors, over all dates: what the report's source panel draws.
 *
 * @param actors  the top actors, in the report's order
 * @param sources the sources that mention them most, most first
 * @param lines   actor id to source to its line; a source that never names an actor has no line
 */
public record SourceTones(List<ActorTotal> actors, List<String> sources,
                          Map<String, Map<String, SourceComparison.Line>> lines) {
  public static final SourceTones NONE = new SourceTones(List.of(), List.of(), Map.of());

  public SourceTones {
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
    lines = Map.copyOf(lines);
  }

  /** The line of a source for an actor, or null. */
  public SourceComparison.Line line(String actorId, String source) {
    Map<String, SourceComparison.Line> bySource = lines.get(actorId);
    return bySource == null ? null : bySource.get(source);
  }
}
