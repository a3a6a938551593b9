package org.actorpulse.dictionary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One phrase of the dictionary and the actor it names. Immutable.
 *
 * @param phrase as written in the dictionary, punctuation folded ({@link TextFolding#foldPunctuation})
 * @param from   first day the alias names the actor (inclusive), null for no lower bound
 * @param until  day the alias stops naming the actor (exclusive: a term ending on 2021-01-20 has
 *               {@code until: 2021-01-20}), null for no upper bound
 */
public record Alias(String actorId, String phrase, AliasKind kind, LocalDate from, LocalDate until)
    implements Serializable {
  public Alias {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(kind, "kind");
    phrase = TextFolding.foldPunctuation(phrase.strip());
    if (phrase.isEmpty()) throw new IllegalArgumentException("blank alias of " + actorId);
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("alias '" + phrase + "' of " + actorId + ": from " + from
          + " is not before until " + until);
    }
  }

  public static Alias of(String actorId, String phrase, AliasKind kind) {
    return new Alias(actorId, phrase, kind, null, null);
  }

  public boolean dateBounded() {
    return from != null || until != null;
  }

  /**
   * Whether the alias names its actor on {@code date}. An undated text matches no date-bounded alias: without
   * the date, "President Trump" could name a candidate, a president or a former one, and a wrong actor is
   * worse than a missed mention.
   */
  public boolean validOn(LocalDate date) {
    if (!dateBounded()) return true;
    if (date == null) return false;
    return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
  }

  /**
   * Whether the phrase is a proper noun or adjective as written ({@code Turkey}, {@code Polish}): a name or
   * demonym whose first letter is upper case. Such a phrase needs a capital in the text (see
   * {@link MatchOptions#properNounsCapitalised()}); one written in lower case ({@code international
   * coalition}) matches in any case.
   */
  public boolean capitalised() {
    return (kind == AliasKind.NAME || kind == AliasKind.DEMONYM) && Character.isUpperCase(phrase.charAt(0));
  }

  /** The lower-cased form a candidate finder searches for. */
  public String searchForm() {
    return TextFolding.foldForSearch(phrase);
  }
}
