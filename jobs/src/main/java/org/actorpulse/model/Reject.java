package org.actorpulse.model;

import java.util.Objects;

/**
 * A record that could not become an article (or a row that could not be analysed), kept with the reason so
 * that every input record is accounted for.
 *
 * @param raw       the raw record, cut to {@link #MAX_RAW_CHARS}
 * @param inputFile where it came from
 * @param reason    short machine-readable reason, e.g. {@code json:malformed}, {@code date:missing}
 * @param stage     {@code ingest} or {@code analyze}
 */
public record Reject(String raw, String inputFile, String reason, String stage) {
  public static final int MAX_RAW_CHARS = 10 * 1024;

  public Reject {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(stage, "stage");
    raw = raw == null ? null : cut(raw);
  }

  private static String cut(String s) {
    if (s.length() <= MAX_RAW_CHARS) return s;
    int end = MAX_RAW_CHARS;
    if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
    return s.substring(0, end);
  }
}
