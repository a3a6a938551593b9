package org.actorpulse.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The alias map of sources ({@code conf/sources.yaml}): each canonical name with the names and hosts that mean it,
 * so that {@code reuters.com}, {@code uk.reuters.com} and {@code Reuters} all count as {@code reuters}.
 *
 * <p>Aliases are compared after {@link Sources#normalise} (lower case, URL reduced to host, {@code www.} gone). A
 * host alias covers its subdomains too: {@code reuters.com} takes {@code uk.reuters.com} and
 * {@code graphics.reuters.com}, unless a longer alias claims them first. A source no alias covers keeps its
 * normalised name. Immutable and safe to share across threads.
 */
public final class SourceAliases implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final SourceAliases NONE = new SourceAliases(Map.of());

  private final Map<String, String> canonicalByAlias;

  private SourceAliases(Map<String, String> canonicalByAlias) {
    this.canonicalByAlias = Map.copyOf(canonicalByAlias);
  }

  /**
   * @param aliasesByCanonical canonical name to the names that mean it (the canonical name means itself)
   * @throws IllegalArgumentException for an empty name, or a name claimed by two canonical names
   */
  public static SourceAliases of(Map<String, List<String>> aliasesByCanonical) {
    Map<String, String> byAlias = new LinkedHashMap<>();
    aliasesByCanonical.forEach((canonicalName, aliases) -> {
      String canonical = normalised(canonicalName, canonicalName);
      claim(byAlias, canonical, canonical);
      for (String alias : Objects.requireNonNullElse(aliases, List.<String>of())) {
        claim(byAlias, normalised(alias, canonicalName), canonical);
      }
    });
    return new SourceAliases(byAlias);
  }

  private static String normalised(String name, String canonical) {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("source '" + canonical + "': empty alias");
    return Sources.normalise(name, null);
  }

  private static void claim(Map<String, String> byAlias, String alias, String canonical) {
    String before = byAlias.putIfAbsent(alias, canonical);
    if (before != null && !before.equals(canonical)) {
      throw new IllegalArgumentException("source alias '" + alias + "' is claimed by both '" + before + "' and '"
          + canonical + "'");
    }
  }

  /** The canonical name of an already {@link Sources#normalise normalised} source. */
  public String canonical(String source) {
    String exact = canonicalByAlias.get(source);
    if (exact != null) return exact;
    if (source.indexOf(' ') >= 0) return source;
    // A host: try its parent domains, most specific first, but never a bare top-level domain.
    for (int dot = source.indexOf('.'); dot > 0; dot = source.indexOf('.', dot + 1)) {
      String parent = source.substring(dot + 1);
      if (parent.indexOf('.') < 0) break;
      String c = canonicalByAlias.get(parent);
      if (c != null) return c;
    }
    return source;
  }

  public int size() {
    return canonicalByAlias.size();
  }
}
