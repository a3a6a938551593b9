package org.actorpulse.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag$;

/**
 * The driver broadcasts the dictionary, and a broadcast goes through {@code spark.serializer}, which the
 * project sets to Kryo. Spark's Kryo cannot serialize records ("can't get field offset on a record class") nor
 * JDK immutable collections, so the dictionary must keep its state in plain arrays. Test code only: the
 * dictionary itself never imports Spark.
 */
class KryoBroadcastTest {
  @Test
  void theDictionarySurvivesSparksKryo() {
    ActorDictionary original = ActorDictionary.load(Path.of(System.getProperty("actorpulse.home", "..")).resolve("conf/actors"));
    SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
    ByteBuffer bytes = kryo.serialize(original, ClassTag$.MODULE$.apply(ActorDictionary.class));
    ActorDictionary copy = kryo.deserialize(bytes, ClassTag$.MODULE$.apply(ActorDictionary.class));
    String text = "The SAA and government forces met Russian troops; President Trump spoke.";
    LocalDate date = LocalDate.of(2017, 9, 25);
    assertEquals(original.newMatcher().find(text, date), copy.newMatcher().find(text, date));
    assertEquals(original.surfaceForms(), copy.surfaceForms());
    assertEquals(original.lineage("RUS.MIL"), copy.lineage("RUS.MIL"));
    assertEquals(4, copy.newMatcher().find(text, date).size());
  }
}
