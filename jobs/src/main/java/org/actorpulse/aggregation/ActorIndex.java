package org.actorpulse.aggregation;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The actor ids of one aggregation, numbered 0 to n - 1 in id order: pairs are counted by these ints, not by the id
 * strings, because grouping a million articles' pairs by (date, string, string) kept Spark's aggregation maps probing
 * variable-length keys (two fifths of the aggregate stage's CPU in a JFR profile). Immutable; safe to share across
 * threads.
 */
public final class ActorIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] ids;
  private final Map<String, Integer> indexes = new HashMap<>();

  /** @param ids every actor id a row may name (duplicates are fine) */
  public ActorIndex(Collection<String> ids) {
    this.ids = new TreeSet<>(ids).toArray(new String[0]);
    for (int i = 0; i < this.ids.length; i++) indexes.put(this.ids[i], i);
  }

  /** @throws IllegalArgumentException for an id the index was not built with */
  public int of(String id) {
    Integer i = indexes.get(id);
    if (i == null) throw new IllegalArgumentException("actor id '" + id + "' is not in the index of " + ids.length);
    return i;
  }

  public String id(int index) {
    return ids[index];
  }

  public int size() {
    return ids.length;
  }
}
