package org.actorpulse.ingest.language;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which article languages ingest keeps ({@code languages.accepted}): the others become rejects
 * {@code language:xx}. Undetermined texts ({@code und}: too short to tell) are kept: a wrongly rejected
 * article would vanish from every table, while a short foreign text in the articles costs little (an English
 * dictionary finds almost nothing in it). Immutable and safe to share across threads.
 */
public final class LanguagePolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The reject reason prefix; the language code follows it. */
  public static final String REASON_PREFIX = "language:";

  private final Set<String> accepted;

  /** @throws IllegalArgumentException for an empty list, or a code the detector never gives (naming it) */
  public LanguagePolicy(List<String> accepted) {
    if (accepted.isEmpty()) throw new IllegalArgumentException("no accepted language: expected e.g. [en]");
    for (String code : accepted) {
      if (!LanguageCodes.isDetectable(code)) {
        throw new IllegalArgumentException("language \"" + code + "\": expected an ISO 639-1 code such as en, fr, ar"
            + " (ISO 639-3 for languages without one, such as ceb)");
      }
    }
    this.accepted = Set.copyOf(new TreeSet<>(accepted));
  }

  /** English only, the default: the bundled dictionary and sentiment lexicons are English. */
  public static LanguagePolicy englishOnly() {
    return new LanguagePolicy(List.of("en"));
  }

  public Set<String> accepted() {
    return accepted;
  }

  /** Null when an article in this language is kept, else its reject reason {@code language:xx}. */
  public String rejectReason(String language) {
    if (LanguageCodes.UNDETERMINED.equals(language) || accepted.contains(language)) return null;
    return REASON_PREFIX + language;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LanguagePolicy p && p.accepted.equals(accepted);
  }

  @Override
  public int hashCode() {
    return accepted.hashCode();
  }

  @Override
  public String toString() {
    return "accepted " + new TreeSet<>(accepted);
  }
}
