package org.actorpulse.dictionary;

import java.io.Serializable;

/**
 * Switches of the matching rules that a run may want to change without editing the dictionary. Immutable.
 *
 * @param demonyms        whether demonym aliases ({@code Russian forces} -> RUS) make mentions; on by default.
 *                        Off, only names, acronyms and contextual aliases count: fewer mentions, fewer false ones
 *                        ({@code Russian-speaking}, {@code a Syrian refugee}).
 * @param properNounsCapitalised whether a name or demonym written with a capital first letter in the dictionary
 *                        needs a capital first letter in the text too; on by default, so {@code polish}, {@code
 *                        turkey} and {@code china} (the dishes) are not POL, TUR, CHN. Turn it off for texts
 *                        that were lower-cased before they reached us.
 */
public record MatchOptions(boolean demonyms, boolean properNounsCapitalised) implements Serializable {
  public static final MatchOptions DEFAULTS = new MatchOptions(true, true);

  public MatchOptions withDemonyms(boolean on) {
    return new MatchOptions(on, properNounsCapitalised);
  }

  public MatchOptions withProperNounsCapitalised(boolean on) {
    return new MatchOptions(demonyms, on);
  }
}
