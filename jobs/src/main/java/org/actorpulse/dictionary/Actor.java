package org.actorpulse.dictionary;

import java.io.Serializable;
import java.util.Objects;

/**
 * An actor of the dictionary: a country, government, armed group, organisation, person... Immutable.
 *
 * @param id       ISO 3166 alpha-3 for countries ({@code RUS}), short upper-case names for others ({@code SDF}),
 *                 dotted for sub-actors ({@code SYR.GOV})
 * @param parentId null for a top-level actor
 * @param country  ISO alpha-3 of the actor's country, null if none
 */
public record Actor(String id, String name, String type, String parentId, String country) implements Serializable {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (id.isBlank()) throw new IllegalArgumentException("blank actor id");
    if (id.equals(parentId)) throw new IllegalArgumentException("actor " + id + " is its own parent");
  }
}
