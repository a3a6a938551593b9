package org.actorpulse.dictionary;

import java.io.Serializable;

/**
 * Switches of the matching rules that a run may want to change without editing the dictionary. Immutable.
 *
 * @param demonyms whether demonym aliases ({@code Russian forces} -> RUS) make mentions; on by default.
 *                 Off, only names, acronyms and contextual aliases count: fewer mentions, fewer false ones
 *                 ({@code Russian-speaking}, {@code a Syrian refugee}).
 */
public record MatchOptions(boolean demonyms) implements Serializable {
  public static final MatchOptions DEFAULTS = new MatchOptions(true);

  public MatchOptions withDemonyms(boolean on) {
    return new MatchOptions(on);
  }
}
