package org.actorpulse.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.ActorMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private CorpusSummary write(CorpusSpec spec, Path to) throws IOException {
    return new CorpusWriter(spec, CorpusFixtures.generator(spec)).write(to);
  }

  @Test
  void splitsDaysIntoPartsAndKeepsEveryArticle() throws IOException {
    CorpusSpec spec = new CorpusSpec(60, 3, 5, CorpusFixtures.START, 1, false, 4_000, 3.0, 40_000, null);
    CorpusSummary s = write(spec, dir);
    List<String> names = s.files().stream().map(p -> p.getFileName().toString()).toList();
    assertEquals("2017-09-01.jsonl", names.get(0));
    assertTrue(names.contains("2017-09-01.1.jsonl"), "a 20-article day of ~80 KB should roll over: " + names);
    assertTrue(names.get(names.size() - 1).startsWith("2017-09-03"), names.toString());
    List<JsonNode> articles = new ArrayList<>();
    long bytes = 0;
    for (Path f : s.files()) {
      bytes += Files.size(f);
      for (String line : Files.readAllLines(f)) articles.add(JSON.readTree(line));
    }
    assertEquals(60, articles.size());
    assertEquals(s.textBytes(), bytes);
    assertEquals(20, articles.stream().filter(a -> a.get("published").asText().startsWith("2017-09-02")).count());
    assertEquals(60, articles.stream().map(a -> a.get("id").asText()).distinct().count());
  }

  @Test
  void truthFileMatchesTheTextsAsTheMatcherReadsThem() throws IOException {
    CorpusSpec spec = CorpusSpec.of(40, 2, 5, CorpusFixtures.START, 3, true);
    CorpusSummary s = write(spec, dir);
    Map<String, JsonNode> truth = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve(CorpusWriter.TRUTH_FILE))) {
      JsonNode t = JSON.readTree(line);
      truth.put(t.get("id").asText(), t.get("inserted"));
    }
    assertEquals(40, truth.size());
    ActorMatcher matcher = CorpusFixtures.dictionary().newMatcher();
    long mentions = 0;
    for (Path f : s.files()) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          JsonNode a = JSON.readTree(line);
          Map<String, Integer> found = new HashMap<>();
          for (ActorMatch m : matcher.find(a.get("text").asText(), CorpusFixtures.START)) {
            found.merge(m.actorId(), 1, Integer::sum);
          }
          Map<String, Integer> expected = new HashMap<>();
          truth.get(a.get("id").asText()).fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asInt()));
          assertEquals(expected, found, a.get("id").asText());
          mentions += expected.values().stream().mapToInt(Integer::intValue).sum();
        }
      }
    }
    assertEquals(s.insertedMentions(), mentions);
    assertTrue(s.diskBytes() < s.textBytes() / 2, "gzip should at least halve prose: " + s.diskBytes());
  }

  @Test
  void sameSpecWritesIdenticalFiles(@TempDir Path other) throws IOException {
    CorpusSpec spec = CorpusSpec.of(30, 2, 5, CorpusFixtures.START, 9, false);
    CorpusSummary a = write(spec, dir);
    CorpusSummary b = write(spec, other);
    assertEquals(a.files().size(), b.files().size());
    for (int i = 0; i < a.files().size(); i++) {
      assertArrayEquals(Files.readAllBytes(a.files().get(i)), Files.readAllBytes(b.files().get(i)));
    }
    assertArrayEquals(Files.readAllBytes(dir.resolve(CorpusWriter.TRUTH_FILE)),
        Files.readAllBytes(other.resolve(CorpusWriter.TRUTH_FILE)));
  }
}
