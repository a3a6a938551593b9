package org.actorpulse.dictionary;

import java.util.Objects;

/**
 * Something wrong in a dictionary. Errors stop loading; warnings do not (the matcher still has one reading).
 *
 * @param where file and entry, like {@code conf/actors/syria.yaml, entry 3 (SDF)}
 */
public record Problem(Severity severity, String where, String message) {
  public enum Severity { ERROR, WARNING }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  static Problem error(String where, String message) {
    return new Problem(Severity.ERROR, where, message);
  }

  static Problem warning(String where, String message) {
    return new Problem(Severity.WARNING, where, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return where + ": " + (isError() ? "" : "warning: ") + message;
  }
}
