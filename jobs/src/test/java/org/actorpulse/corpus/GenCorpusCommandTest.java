package org.actorpulse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.actorpulse.cli.GenCorpusCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command as a user calls it, on sentences and a seed article written here. */
class GenCorpusCommandTest {
  @TempDir
  Path dir;

  private Path sentences() throws IOException {
    Path f = dir.resolve("sentences.jsonl");
    StringBuilder sb = new StringBuilder();
    for (String s : List.of("The weather was mild on the morning the market opened.",
        "Residents said the road had been closed for most of the week.")) {
      sb.append("{\"sentence\": \"").append(s).append("\", \"polarity\": 0}\n");
    }
    Files.writeString(f, sb);
    return f;
  }

  private String[] args(Path out, String... more) throws IOException {
    Path seed = dir.resolve("seed.txt");
    Files.writeString(seed, "date 2017-09-25 Donate\n\nThe convoy reached the town late at night.\n");
    List<String> a = new java.util.ArrayList<>(List.of("--articles", "25", "--days", "5", "--sources", "3",
        "--output", out.toString(), "--sentences", sentences().toString(), "--seed-article", seed.toString(),
        "--dictionary", Path.of(System.getProperty("actorpulse.home", "..")).resolve("conf/actors").toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void writesOneFilePerDayAndTheManifest() throws IOException {
    Path out = dir.resolve("corpus");
    assertEquals(0, new CommandLine(new GenCorpusCommand()).execute(args(out, "--start", "2020-02-28")));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of("2020-02-28.jsonl", "2020-02-29.jsonl", "2020-03-01.jsonl", "2020-03-02.jsonl",
              "2020-03-03.jsonl", "_corpus.json", "_truth.jsonl"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("_corpus.json").toFile());
    assertEquals(25, manifest.get("articles").asLong());
    assertTrue(manifest.get("inserted_mentions").asLong() > 0);
    assertTrue(Files.readString(out.resolve("2020-02-28.jsonl")).contains("The convoy reached the town"),
        "the seed article's sentences join the pool");
  }

  @Test
  void rejectsAnUnknownFormat() throws IOException {
    int code = new CommandLine(new GenCorpusCommand()).execute(args(dir.resolve("x"), "--format", "csv"));
    assertNotEquals(0, code);
    assertTrue(Files.notExists(dir.resolve("x")));
  }

  @Test
  void aSlantIsRecordedInTheManifestAndABadOneIsRefused() throws IOException {
    Path out = dir.resolve("slanted");
    assertEquals(0, new CommandLine(new GenCorpusCommand()).execute(args(out, "--slant", "2=RUS")));
    JsonNode slant = new ObjectMapper().readTree(out.resolve("_corpus.json").toFile()).get("slant");
    assertEquals("RUS", slant.get("actor").asText());
    assertTrue(slant.get("source").asText().endsWith(".example"), slant.toString());
    for (String bad : List.of("4=RUS", "2=NOBODY", "RUS", "x=RUS")) {
      assertNotEquals(0, new CommandLine(new GenCorpusCommand()).execute(args(dir.resolve("bad"), "--slant", bad)),
          bad);
    }
  }
}
