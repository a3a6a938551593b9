package org.actorpulse.dictionary;

import java.util.Objects;

/**
 * An actor found in a text: {@code [begin, end)} are character offsets into that text, end exclusive.
 *
 * @param surface the text as it stands between begin and end
 */
public record ActorMatch(String actorId, String surface, int begin, int end) {
  public ActorMatch {
    Objects.requireNonNull(actorId, "actorId");
    if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
  }
}
