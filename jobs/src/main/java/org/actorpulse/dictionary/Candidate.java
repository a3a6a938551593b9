package org.actorpulse.dictionary;

/**
 * A place where one of the dictionary's surface forms occurs in a text, before any rule is applied.
 * {@code [begin, end)} are offsets into the text; {@code form} indexes {@link ActorDictionary#surfaceForms()}.
 */
public record Candidate(int begin, int end, int form) {
  public Candidate {
    if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
    if (form < 0) throw new IllegalArgumentException("negative form index");
  }
}
