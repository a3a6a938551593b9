package org.actorpulse.ingest;

/** The canonical article fields an input record is mapped onto. */
public enum Field {
  ID, DATE, SOURCE, URL, TITLE, TEXT;

  /** The name used in conf files, e.g. {@code text}. */
  public String confName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static Field fromConfName(String name) {
    for (Field f : values()) {
      if (f.confName().equals(name.trim().toLowerCase(java.util.Locale.ROOT))) return f;
    }
    throw new IllegalArgumentException("unknown article field '" + name
        + "' in the field-name mapping: expected one of id, date, source, url, title, text");
  }
}
