package org.actorpulse.dictionary;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors and the aliases that name them. Immutable and serializable: the driver loads it once and
 * broadcasts it; each executor builds its {@link ActorMatcher} from it once.
 */
public final class ActorDictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, Actor> byId;

  public ActorDictionary(Collection<Actor> actors) {
    Map<String, Actor> map = new LinkedHashMap<>();
    for (Actor a : actors) {
      if (map.put(a.id(), a) != null) throw new IllegalArgumentException("duplicate actor id " + a.id());
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  /** Loads a dictionary file, or every dictionary file of a folder. */
  public static ActorDictionary load(Path path) {
    throw new UnsupportedOperationException("dictionary loading is being written");
  }

  public Collection<Actor> actors() {
    return byId.values();
  }

  public Optional<Actor> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The actor's id followed by its ancestors' ids, nearest first: {@code [RUS.MIL, RUS]}. */
  public List<String> lineage(String id) {
    List<String> out = new ArrayList<>();
    String cur = id;
    while (cur != null && !out.contains(cur)) {
      out.add(cur);
      Actor a = byId.get(cur);
      cur = a == null ? null : a.parentId();
    }
    return out;
  }

  /**
   * The distinct phrases, lower-cased, that a candidate finder looks for; {@link Candidate#form()} indexes
   * this list.
   */
  public java.util.List<String> surfaceForms() {
    throw new UnsupportedOperationException("dictionary matching is being written");
  }

  /** The rules that turn candidates into matches; cheap to build. */
  public MentionResolver newResolver() {
    throw new UnsupportedOperationException("dictionary matching is being written");
  }

  /** A new matcher over this dictionary's aliases; expensive, so build one per executor. */
  public ActorMatcher newMatcher() {
    throw new UnsupportedOperationException("dictionary matching is being written");
  }
}
