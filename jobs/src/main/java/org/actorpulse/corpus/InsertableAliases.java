package org.actorpulse.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.dictionary.ActorDictionary;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.ActorMatcher;
import org.actorpulse.dictionary.Alias;
import org.actorpulse.dictionary.AliasKind;

/**
 * The aliases the generator may insert: those that name exactly one actor on any date, in any context. That
 * excludes demonyms and contextual phrases (their meaning depends on the article), exclusions, date-bounded
 * aliases, and phrases that several actors share. Each kept alias is checked with the dictionary's own matcher
 * in an insertion template, so the recorded truth is something the fast engine can find. Immutable.
 */
public final class InsertableAliases {
  /** Where an alias goes: {@code %s} is the alias; the text around it is plain prose without other actors. */
  static final String PROBE = "The remarks drew a sharp response from %s.";

  private final List<String> actorIds;
  private final List<List<String>> phrasesByActor;

  private InsertableAliases(List<String> actorIds, List<List<String>> phrasesByActor) {
    this.actorIds = List.copyOf(actorIds);
    this.phrasesByActor = phrasesByActor.stream().map(List::copyOf).toList();
  }

  public static InsertableAliases from(ActorDictionary dictionary) {
    Map<String, Integer> claims = new HashMap<>();
    for (Alias a : dictionary.aliases()) claims.merge(a.searchForm(), 1, Integer::sum);
    ActorMatcher matcher = dictionary.newMatcher();
    Map<String, List<String>> byActor = new LinkedHashMap<>();
    for (Alias a : dictionary.aliases()) {
      boolean plain = (a.kind() == AliasKind.NAME || a.kind() == AliasKind.ACRONYM) && !a.dateBounded()
          && claims.get(a.searchForm()) == 1;
      if (plain && foundAlone(matcher, a)) byActor.computeIfAbsent(a.actorId(), k -> new ArrayList<>()).add(a.phrase());
    }
    if (byActor.isEmpty()) throw new IllegalArgumentException("the dictionary has no alias that can be inserted");
    return new InsertableAliases(new ArrayList<>(byActor.keySet()), new ArrayList<>(byActor.values()));
  }

  private static boolean foundAlone(ActorMatcher matcher, Alias alias) {
    List<ActorMatch> found = matcher.find(String.format(PROBE, alias.phrase()), null);
    return found.size() == 1 && found.get(0).actorId().equals(alias.actorId())
        && found.get(0).surface().equals(alias.phrase());
  }

  /** Actors with at least one insertable alias, in dictionary order. */
  public List<String> actorIds() {
    return actorIds;
  }

  /** The insertable phrases of the actor at {@code index} of {@link #actorIds()}. */
  public List<String> phrases(int index) {
    return phrasesByActor.get(index);
  }

  public int actorCount() {
    return actorIds.size();
  }
}
