package org.actorpulse.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes actor entries in the dictionary's YAML style: one entry per block, lists in flow style wrapped at
 * about 110 columns, so that a diff shows the alias that changed. {@link ActorDictionaryLoader} reads the
 * output back to equal entries. Stateless.
 */
public final class DictionaryWriter {
  private static final int WIDTH = 110;
  /** What a plain YAML scalar in a flow list may look like; anything else is double-quoted. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}(][^,:\\[\\]{}#&*!|>\"%@`]*");

  public String toYaml(String headerComment, List<ActorEntry> entries) {
    StringBuilder sb = new StringBuilder();
    for (String line : headerComment.strip().split("\n")) {
      if (!line.isBlank()) sb.append("# ").append(line.strip()).append('\n');
    }
    for (ActorEntry e : entries) {
      sb.append('\n');
      sb.append("- id: ").append(scalar(e.id())).append('\n');
      sb.append("  name: ").append(scalar(e.name())).append('\n');
      sb.append("  type: ").append(scalar(e.type())).append('\n');
      if (e.parent() != null) sb.append("  parent: ").append(scalar(e.parent())).append('\n');
      if (e.country() != null) sb.append("  country: ").append(scalar(e.country())).append('\n');
      list(sb, "aliases", e.aliases());
      list(sb, "acronyms", e.acronyms());
      list(sb, "demonyms", e.demonyms());
      list(sb, "contextual", e.contextual());
      list(sb, "exclude", e.exclude());
      if (!e.dated().isEmpty()) {
        sb.append("  dated:\n");
        for (ActorEntry.DatedAlias d : e.dated()) {
          List<String> parts = new ArrayList<>();
          parts.add("alias: " + scalar(d.alias()));
          if (d.from() != null) parts.add("from: " + d.from());
          if (d.until() != null) parts.add("until: " + d.until());
          if (d.acronym()) parts.add("acronym: true");
          sb.append("    - {").append(String.join(", ", parts)).append("}\n");
        }
      }
    }
    return sb.toString();
  }

  static String scalar(String s) {
    boolean plain = PLAIN.matcher(s).matches() && s.equals(s.strip()) && s.chars().noneMatch(Character::isISOControl)
        && !List.of("null", "Null", "NULL", "~", "true", "false").contains(s);
    return plain ? s : quoted(s);
  }

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(c)) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
        }
      }
    }
    return sb.append('"').toString();
  }

  private static void list(StringBuilder sb, String key, List<String> items) {
    if (items.isEmpty()) return;
    String indent = " ".repeat(key.length() + 5);
    StringBuilder line = new StringBuilder("  " + key + ": [");
    for (int i = 0; i < items.size(); i++) {
      String item = scalar(items.get(i)) + (i < items.size() - 1 ? "," : "]");
      if (line.length() + item.length() + 1 > WIDTH && !line.toString().endsWith("[")) {
        sb.append(line).append('\n');
        line = new StringBuilder(indent);
      } else if (!line.toString().endsWith("[")) {
        line.append(' ');
      }
      line.append(item);
    }
    sb.append(line).append('\n');
  }
}
