package org.actorpulse.dictionary;

import java.util.Objects;

/** A dictionary entry and where it was written, for messages: {@code conf/actors/syria.yaml, entry 3 (SDF)}. */
public record LocatedEntry(String where, ActorEntry entry) {
  public LocatedEntry {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(entry, "entry");
  }
}
