package org.actorpulse.dictionary;

/** How an alias phrase is matched and what it means. */
public enum AliasKind {
  /** A name, matched in any case: {@code Syrian Democratic Forces}, {@code Russia}. */
  NAME,
  /** Matched only in the case written: {@code SAA} yes, {@code saa} no; {@code IS} never as {@code Is}. */
  ACRONYM,
  /** An adjective or people's name ({@code Russian}, {@code Turks}); can be switched off by a matching option. */
  DEMONYM,
  /**
   * An ambiguous phrase ({@code government forces}) that names this actor only where the article otherwise
   * mentions the actor's country; several actors may claim the same contextual phrase.
   */
  CONTEXTUAL,
  /** Not a name: a phrase that contains an alias of the actor but is not the actor ({@code Turkey Creek}). */
  EXCLUSION;

  boolean caseSensitive() {
    return this == ACRONYM;
  }
}
