package org.actorpulse.corpus;

import java.util.Objects;

/**
 * A source built to be harsher toward one actor than the rest: in its articles, every inserted mention of the
 * actor sits in a hostile sentence ({@link ArticleGenerator#HOSTILE_TEMPLATES}), while other sources use the
 * ordinary mix. The known truth a {@code source_actor} divergence test can be checked against. Immutable.
 *
 * @param sourceRank 1-based rank of the source by share of articles (1 is the largest)
 * @param actorId    the actor it is harsh toward
 */
public record Slant(int sourceRank, String actorId) {
  public Slant {
    if (sourceRank < 1) throw new IllegalArgumentException("slant source rank must be at least 1, got " + sourceRank);
    Objects.requireNonNull(actorId, "actorId");
    if (actorId.isBlank()) throw new IllegalArgumentException("slant actor is empty");
  }

  /** Parses {@code RANK=ACTOR}, e.g. {@code 2=RUS}. */
  public static Slant parse(String s) {
    int eq = s.indexOf('=');
    if (eq <= 0 || eq == s.length() - 1) {
      throw new IllegalArgumentException("slant '" + s + "': expected RANK=ACTOR, e.g. 2=RUS");
    }
    try {
      return new Slant(Integer.parseInt(s.substring(0, eq).strip()), s.substring(eq + 1).strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("slant '" + s + "': the source rank must be a number, e.g. 2=RUS");
    }
  }

  @Override
  public String toString() {
    return sourceRank + "=" + actorId;
  }
}
