package org.actorpulse.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps input field names (JSON keys, CSV header names, Parquet columns) onto the canonical {@link Field}s,
 * case-insensitively. When a record holds several names for one field, the one listed first wins among
 * those with a non-blank value: names from the conf mapping come before the built-in ones, in their order.
 *
 * <p>Immutable and safe to share across threads.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Built-in names per field, in order of preference. */
  public static final Map<Field, List<String>> DEFAULT_NAMES = defaultNames();

  private final Map<String, Slot> byLowerName;

  /** Where a name maps: the field, and its rank among that field's names (0 = preferred). */
  public record Slot(Field field, int rank) implements Serializable {}

  private FieldMapping(Map<String, Slot> byLowerName) {
    this.byLowerName = byLowerName;
  }

  /** The built-in names only. */
  public static FieldMapping defaults() {
    return withExtraNames(Map.of());
  }

  /**
   * @param extraNames canonical field name ({@code id, date, source, url, title, text}) to extra input names,
   *                   e.g. {@code text -> [story_body]}; these are preferred over the built-in names
   * @throws IllegalArgumentException for an unknown canonical field, or an input name given for two fields
   */
  public static FieldMapping withExtraNames(Map<String, List<String>> extraNames) {
    Map<Field, List<String>> ordered = new EnumMap<>(Field.class);
    for (Field f : Field.values()) ordered.put(f, new ArrayList<>());
    extraNames.forEach((field, names) -> ordered.get(Field.fromConfName(field)).addAll(names));
    DEFAULT_NAMES.forEach((f, names) -> ordered.get(f).addAll(names));

    Map<String, Slot> map = new HashMap<>();
    Map<String, Field> userNames = new HashMap<>();
    extraNames.forEach((field, names) -> {
      for (String n : names) {
        Field prev = userNames.putIfAbsent(lower(n), Field.fromConfName(field));
        if (prev != null && prev != Field.fromConfName(field)) {
          throw new IllegalArgumentException("input field name '" + n + "' is mapped to both " + prev.confName()
              + " and " + field + ": map it to one field only");
        }
      }
    });
    ordered.forEach((f, names) -> {
      int rank = 0;
      for (String n : names) {
        String key = lower(n);
        if (key.isEmpty()) throw new IllegalArgumentException("empty input field name for " + f.confName());
        Field user = userNames.get(key);
        // A user's name for another field overrides the built-in use of that name (e.g. "id" -> url).
        if (user != null && user != f) continue;
        map.putIfAbsent(key, new Slot(f, rank++));
      }
    });
    return new FieldMapping(Map.copyOf(map));
  }

  /** The slot of an input name, or null when the name is not mapped. */
  public Slot slot(String inputName) {
    Slot s = byLowerName.get(inputName);
    return s != null ? s : byLowerName.get(lower(inputName));
  }

  /**
   * For a header (CSV, Parquet columns), the index of the column to read per field, by preference;
   * -1 where no column maps.
   */
  public int[] resolve(List<String> header) {
    int[] index = new int[Field.values().length];
    int[] rank = new int[index.length];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < header.size(); i++) {
      Slot s = slot(header.get(i));
      if (s == null) continue;
      int f = s.field().ordinal();
      if (index[f] < 0 || s.rank() < rank[f]) {
        index[f] = i;
        rank[f] = s.rank();
      }
    }
    return index;
  }

  /**
   * Every column of the header that maps onto a field, per field, in order of preference: readers take the
   * first non-blank one.
   */
  public List<List<Integer>> resolveAll(List<String> header) {
    List<List<int[]>> tmp = new ArrayList<>();
    for (int f = 0; f < Field.values().length; f++) tmp.add(new ArrayList<>());
    for (int i = 0; i < header.size(); i++) {
      Slot s = slot(header.get(i));
      if (s != null) tmp.get(s.field().ordinal()).add(new int[] {s.rank(), i});
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<int[]> l : tmp) {
      l.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      List<Integer> idx = new ArrayList<>();
      for (int[] p : l) idx.add(p[1]);
      out.add(List.copyOf(idx));
    }
    return List.copyOf(out);
  }

  private static String lower(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  private static Map<Field, List<String>> defaultNames() {
    Map<Field, List<String>> m = new EnumMap<>(Field.class);
    m.put(Field.ID, List.of("id", "article_id", "articleid"));
    m.put(Field.DATE, List.of("date", "published", "publish_date", "published_at", "pubdate", "timestamp"));
    m.put(Field.SOURCE, List.of("source", "site", "domain", "publisher"));
    m.put(Field.URL, List.of("url", "link"));
    m.put(Field.TITLE, List.of("title", "headline"));
    m.put(Field.TEXT, List.of("text", "content", "body", "article"));
    return java.util.Collections.unmodifiableMap(m);
  }
}
