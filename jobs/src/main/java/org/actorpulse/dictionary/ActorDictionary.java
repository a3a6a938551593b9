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
  private static final long serialVersionUID = 2L;

  private final Map<String, Actor> byId;
  private final List<Alias> aliases;
  private final List<String> surfaceForms;
  private final List<List<Alias>> aliasesByForm;

  /** A dictionary without aliases: lineage and lookup only. */
  public ActorDictionary(Collection<Actor> actors) {
    this(actors, List.of());
  }

  /**
   * @param aliases in dictionary order, which breaks ties: where two actors claim the same phrase, the first
   *                alias wins (the {@link DictionaryValidator} reports such clashes)
   */
  public ActorDictionary(Collection<Actor> actors, Collection<Alias> aliases) {
    Map<String, Actor> map = new LinkedHashMap<>();
    for (Actor a : actors) {
      if (map.put(a.id(), a) != null) throw new IllegalArgumentException("duplicate actor id " + a.id());
    }
    this.byId = Collections.unmodifiableMap(map);
    this.aliases = List.copyOf(aliases);
    Map<String, Integer> formIndex = new LinkedHashMap<>();
    List<List<Alias>> byForm = new ArrayList<>();
    for (Alias alias : this.aliases) {
      if (!map.containsKey(alias.actorId())) {
        throw new IllegalArgumentException("alias '" + alias.phrase() + "' names unknown actor " + alias.actorId());
      }
      Integer index = formIndex.computeIfAbsent(alias.searchForm(), f -> {
        byForm.add(new ArrayList<>());
        return byForm.size() - 1;
      });
      byForm.get(index).add(alias);
    }
    this.surfaceForms = List.copyOf(formIndex.keySet());
    this.aliasesByForm = byForm.stream().map(List::copyOf).toList();
  }

  /**
   * Loads a dictionary file, or every {@code *.yaml} / {@code *.yml} file of a folder in name order.
   *
   * @throws DictionaryException naming the file and entry of every error found
   */
  public static ActorDictionary load(Path path) {
    return new ActorDictionaryLoader().load(path);
  }

  public Collection<Actor> actors() {
    return byId.values();
  }

  /** Every alias, exclusions included, in dictionary order. */
  public List<Alias> aliases() {
    return aliases;
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

  /** The country an actor belongs to: its own {@code country}, else the root of its lineage. */
  public String countryOf(String id) {
    Actor a = byId.get(id);
    if (a != null && a.country() != null) return a.country();
    List<String> lineage = lineage(id);
    return lineage.get(lineage.size() - 1);
  }

  /**
   * The distinct phrases, lower-cased and with hyphens as spaces, that a candidate finder looks for; {@link Candidate#form()} indexes
   * this list. Search them in {@link TextFolding#foldForSearch(CharSequence) folded} text, or an equivalent
   * case-insensitive search that keeps offsets: the resolver checks each candidate against the text anyway.
   */
  public List<String> surfaceForms() {
    return surfaceForms;
  }

  /** The aliases behind each surface form, index for index with {@link #surfaceForms()}. */
  List<List<Alias>> aliasesByForm() {
    return aliasesByForm;
  }

  /** The rules that turn candidates into matches, with the default options; cheap to build. */
  public MentionResolver newResolver() {
    return newResolver(MatchOptions.DEFAULTS);
  }

  public MentionResolver newResolver(MatchOptions options) {
    return new DictionaryResolver(this, options);
  }

  /** A new matcher over this dictionary's aliases; expensive, so build one per executor. */
  public ActorMatcher newMatcher() {
    return newMatcher(MatchOptions.DEFAULTS);
  }

  public ActorMatcher newMatcher(MatchOptions options) {
    return new AhoCorasickMatcher(this, newResolver(options));
  }
}
