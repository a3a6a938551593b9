package org.actorpulse.aggregation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorIndexTest {
  @Test
  void idsAreNumberedInIdOrderOnceEach() {
    ActorIndex index = new ActorIndex(List.of("SYR", "RUS.MIL", "RUS", "SYR", "OLD.ID"));
    assertEquals(4, index.size());
    assertEquals(List.of(0, 1, 2, 3), List.of(index.of("OLD.ID"), index.of("RUS"), index.of("RUS.MIL"), index.of("SYR")));
    for (int i = 0; i < index.size(); i++) assertEquals(i, index.of(index.id(i)));
  }

  @Test
  void anIdOutsideTheIndexIsAnError() {
    ActorIndex index = new ActorIndex(List.of("RUS"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> index.of("USA"));
    assertEquals("actor id 'USA' is not in the index of 1", e.getMessage());
  }
}
