package org.actorpulse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.actorpulse.dictionary.ActorDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code dict} commands, run in-process as the launcher runs them (no Spark needed). */
class DictCommandTest {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home"));
  @TempDir Path tmp;

  record Run(int code, String out) {}

  static synchronized Run run(String... args) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return new Run(code, buf.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(saved);
    }
  }

  @Test
  void bundledDictionaryValidates() {
    Run r = run("dict", "validate");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains(" 0 errors"), r.out());
  }

  @Test
  void validateReportsACycleAndFails() throws Exception {
    Files.writeString(tmp.resolve("bad.yaml"), """
        - {id: A, name: A, type: country, parent: B}
        - {id: B, name: B, type: country, parent: A}
        """);
    Run r = run("dict", "validate", "--dictionary", tmp.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().toLowerCase().contains("cycle"), r.out());
  }

  @Test
  void explainShowsTheMentionAndTheAliasItBeat() {
    Run r = run("dict", "explain", "The US-backed Syrian Democratic Forces (SDF) advanced.", "--date", "2017-09-25");
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("\"Syrian Democratic Forces (SDF)\" -> SDF"), r.out());
    assertTrue(r.out().contains("-> USA"), r.out());
  }

  @Test
  void cameoImportWritesADictionaryThatLoads() throws Exception {
    Path cameo = HOME.resolve("../shared/data/cameo");
    Path out = tmp.resolve("cameo.yaml");
    Run r = run("dict", "import-cameo", "--input", cameo.toString(), "--to", out.toString());
    assertEquals(0, r.code(), r.out());
    assertTrue(r.out().contains("CAMEO entries ->"), r.out());
    ActorDictionary imported = ActorDictionary.load(out);
    assertTrue(imported.actors().size() > 100, "actors: " + imported.actors().size());
    assertTrue(imported.find("SYR.GOV").isPresent());
  }
}
