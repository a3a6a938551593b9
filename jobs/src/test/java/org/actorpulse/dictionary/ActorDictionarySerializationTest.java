package org.actorpulse.dictionary;

import static org.actorpulse.dictionary.Fixtures.dictionary;
import static org.actorpulse.dictionary.Fixtures.found;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ActorDictionarySerializationTest {
  @Test
  void aBroadcastDictionaryMatchesLikeTheOriginal() throws Exception {
    ActorDictionary original = dictionary().actor("SYR").actor("SYR.GOV", "SYR", "SYR")
        .name("SYR", "Syria").alias("SYR.GOV", AliasKind.CONTEXTUAL, "regime forces").build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    ActorDictionary copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ActorDictionary) in.readObject();
    }
    String text = "Syria: regime forces";
    assertEquals(found(original.newMatcher(), text), found(copy.newMatcher(), text));
    assertEquals(original.surfaceForms(), copy.surfaceForms());
    assertEquals(2, found(copy.newMatcher(), text).size());
  }
}
