package org.actorpulse.dictionary;

import java.util.Objects;

/**
 * One alias considered at one place of a text and what became of it.
 *
 * @param begin   offset of the phrase in the text (inclusive)
 * @param end     offset after it (exclusive)
 * @param surface the text there
 * @param detail  the specifics: which exclusion, which longer match, how many mentions of which country
 */
public record AliasDecision(int begin, int end, String surface, Alias alias, Verdict verdict, String detail) {
  public AliasDecision {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(verdict, "verdict");
    detail = detail == null ? "" : detail;
  }

  /** One line: {@code [14, 38) "Syrian Democratic Forces" -> SDF (name 'Syrian Democratic Forces'): matched}. */
  @Override
  public String toString() {
    return "[" + begin + ", " + end + ") \"" + surface + "\" -> " + alias.actorId() + " ("
        + alias.kind().name().toLowerCase() + " '" + alias.phrase() + "'"
        + (alias.dateBounded() ? " " + (alias.from() == null ? "" : alias.from()) + ".." + (alias.until() == null ? "" : alias.until()) : "")
        + "): " + verdict.meaning() + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
