package org.actorpulse.dictionary;

import java.util.List;

/** A dictionary that cannot be loaded; the message lists every error with its file and entry. */
public final class DictionaryException extends RuntimeException {
  private final List<Problem> problems;

  public DictionaryException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    StringBuilder sb = new StringBuilder("actor dictionary has " + problems.size()
        + (problems.size() == 1 ? " error:" : " errors:"));
    for (Problem p : problems) sb.append("\n  ").append(p);
    return sb.toString();
  }
}
