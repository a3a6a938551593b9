package org.actorpulse.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small dictionaries built in code, so each test shows the entries it relies on. */
final class Fixtures {
  private final List<Actor> actors = new ArrayList<>();
  private final List<Alias> aliases = new ArrayList<>();

  static Fixtures dictionary() {
    return new Fixtures();
  }

  Fixtures actor(String id, String parent, String country) {
    actors.add(new Actor(id, id, "test", parent, country));
    return this;
  }

  Fixtures actor(String id) {
    return actor(id, null, null);
  }

  Fixtures alias(String id, AliasKind kind, String... phrases) {
    for (String p : phrases) aliases.add(Alias.of(id, p, kind));
    return this;
  }

  Fixtures name(String id, String... phrases) {
    return alias(id, AliasKind.NAME, phrases);
  }

  Fixtures dated(String id, String phrase, String from, String until) {
    aliases.add(new Alias(id, phrase, AliasKind.NAME, from == null ? null : LocalDate.parse(from),
        until == null ? null : LocalDate.parse(until)));
    return this;
  }

  ActorDictionary build() {
    return new ActorDictionary(actors, aliases);
  }

  /** "ACTOR:surface" per match, in text order: reads well in assertion failures. */
  static List<String> found(ActorMatcher matcher, String text) {
    return found(matcher, text, null);
  }

  static List<String> found(ActorMatcher matcher, String text, LocalDate date) {
    return matcher.find(text, date).stream().map(m -> m.actorId() + ":" + m.surface()).toList();
  }
}
