package org.actorpulse.dictionary;

import java.util.List;

/**
 * One actor as written in a dictionary file (see {@code conf/actors/README.md}): the YAML shape, before any
 * check. Absent lists are empty, never null.
 *
 * @param aliases    names, any case
 * @param acronyms   case-sensitive aliases
 * @param demonyms   adjectives and people's names, any case ({@code Russian}, {@code Turks})
 * @param contextual ambiguous phrases naming this actor only where the article mentions its country
 * @param exclude    phrases containing an alias that are not this actor
 * @param dated      aliases valid between two dates
 */
public record ActorEntry(String id, String name, String type, String parent, String country,
                         List<String> aliases, List<String> acronyms, List<String> demonyms,
                         List<String> contextual, List<String> exclude, List<DatedAlias> dated) {
  public ActorEntry {
    aliases = orEmpty(aliases);
    acronyms = orEmpty(acronyms);
    demonyms = orEmpty(demonyms);
    contextual = orEmpty(contextual);
    exclude = orEmpty(exclude);
    dated = orEmpty(dated);
  }

  /**
   * An alias valid from {@code from} (inclusive) until {@code until} (exclusive), dates as {@code 2017-01-20};
   * either bound may be absent. Kept as strings here so that a bad date is reported with its file and entry.
   *
   * @param acronym true for a case-sensitive alias
   */
  public record DatedAlias(String alias, String from, String until, boolean acronym) {}

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
