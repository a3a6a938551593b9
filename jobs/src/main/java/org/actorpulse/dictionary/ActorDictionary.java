package org.actorpulse.dictionary;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
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
 *
 * <p>The state travels as plain arrays of strings and numbers, and the lookup structures are rebuilt on first
 * use after deserialization: a Spark broadcast goes through {@code spark.serializer}, Kryo in this project, and
 * Spark 3.5's Kryo can serialize neither records ({@link Actor}, {@link Alias}) nor the JDK's immutable
 * collections. Java serialization works the same way.
 */
public final class ActorDictionary implements Serializable {
  private static final long serialVersionUID = 3L;
  private static final int ACTOR_FIELDS = 5;
  private static final long NO_DATE = Long.MIN_VALUE;

  /** id, name, type, parent, country of each actor, in order. */
  private final String[] actorFields;
  /** actor id, phrase of each alias, in dictionary order. */
  private final String[] aliasFields;
  private final byte[] aliasKinds;
  /** from, until of each alias as epoch days, {@link #NO_DATE} for an open bound. */
  private final long[] aliasDates;
  private transient volatile Index index;

  /** What lookups need, derived from the arrays. */
  private record Index(Map<String, Actor> byId, List<Alias> aliases, List<String> surfaceForms,
                       List<List<Alias>> aliasesByForm) {}

  /** A dictionary without aliases: lineage and lookup only. */
  public ActorDictionary(Collection<Actor> actors) {
    this(actors, List.of());
  }

  /**
   * @param aliases in dictionary order, which breaks ties: where two actors claim the same phrase, the first
   *                alias wins (the {@link DictionaryValidator} reports such clashes)
   */
  public ActorDictionary(Collection<Actor> actors, Collection<Alias> aliases) {
    this.actorFields = new String[actors.size() * ACTOR_FIELDS];
    int i = 0;
    for (Actor a : actors) {
      actorFields[i++] = a.id();
      actorFields[i++] = a.name();
      actorFields[i++] = a.type();
      actorFields[i++] = a.parentId();
      actorFields[i++] = a.country();
    }
    this.aliasFields = new String[aliases.size() * 2];
    this.aliasKinds = new byte[aliases.size()];
    this.aliasDates = new long[aliases.size() * 2];
    int k = 0;
    for (Alias a : aliases) {
      aliasFields[2 * k] = a.actorId();
      aliasFields[2 * k + 1] = a.phrase();
      aliasKinds[k] = (byte) a.kind().ordinal();
      aliasDates[2 * k] = a.from() == null ? NO_DATE : a.from().toEpochDay();
      aliasDates[2 * k + 1] = a.until() == null ? NO_DATE : a.until().toEpochDay();
      k++;
    }
    this.index = buildIndex(); // now, so that a bad dictionary fails where it is built
  }

  private Index index() {
    Index current = index;
    if (current == null) {
      synchronized (this) {
        current = index;
        if (current == null) index = current = buildIndex();
      }
    }
    return current;
  }

  private Index buildIndex() {
    Map<String, Actor> map = new LinkedHashMap<>();
    for (int i = 0; i < actorFields.length; i += ACTOR_FIELDS) {
      Actor a = new Actor(actorFields[i], actorFields[i + 1], actorFields[i + 2], actorFields[i + 3], actorFields[i + 4]);
      if (map.put(a.id(), a) != null) throw new IllegalArgumentException("duplicate actor id " + a.id());
    }
    List<Alias> aliases = new ArrayList<>(aliasKinds.length);
    AliasKind[] kinds = AliasKind.values();
    for (int k = 0; k < aliasKinds.length; k++) {
      aliases.add(new Alias(aliasFields[2 * k], aliasFields[2 * k + 1], kinds[aliasKinds[k]], date(aliasDates[2 * k]),
          date(aliasDates[2 * k + 1])));
    }
    Map<String, Integer> formIndex = new LinkedHashMap<>();
    List<List<Alias>> byForm = new ArrayList<>();
    for (Alias alias : aliases) {
      if (!map.containsKey(alias.actorId())) {
        throw new IllegalArgumentException("alias '" + alias.phrase() + "' names unknown actor " + alias.actorId());
      }
      Integer form = formIndex.computeIfAbsent(alias.searchForm(), f -> {
        byForm.add(new ArrayList<>());
        return byForm.size() - 1;
      });
      byForm.get(form).add(alias);
    }
    return new Index(Collections.unmodifiableMap(map), List.copyOf(aliases), List.copyOf(formIndex.keySet()),
        byForm.stream().map(List::copyOf).toList());
  }

  private static LocalDate date(long epochDay) {
    return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
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
    return index().byId().values();
  }

  /** Every alias, exclusions included, in dictionary order. */
  public List<Alias> aliases() {
    return index().aliases();
  }

  public Optional<Actor> find(String id) {
    return Optional.ofNullable(index().byId().get(id));
  }

  /** The actor's id followed by its ancestors' ids, nearest first: {@code [RUS.MIL, RUS]}. */
  public List<String> lineage(String id) {
    Map<String, Actor> byId = index().byId();
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
    Actor a = index().byId().get(id);
    if (a != null && a.country() != null) return a.country();
    List<String> lineage = lineage(id);
    return lineage.get(lineage.size() - 1);
  }

  /**
   * The distinct phrases, lower-cased, that a candidate finder looks for; {@link Candidate#form()} indexes
   * this list. Search them in {@link TextFolding#foldForSearch(CharSequence) folded} text, or an equivalent
   * case-insensitive search that keeps offsets: the resolver checks each candidate against the text anyway.
   */
  public List<String> surfaceForms() {
    return index().surfaceForms();
  }

  /** The aliases behind each surface form, index for index with {@link #surfaceForms()}. */
  List<List<Alias>> aliasesByForm() {
    return index().aliasesByForm();
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
