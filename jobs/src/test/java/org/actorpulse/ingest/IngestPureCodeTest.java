package org.actorpulse.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parsing and mapping stay testable without a SparkSession: only the named adapters may import Spark, in this
 * package or its sub-packages (html, language).
 */
class IngestPureCodeTest {
  private static final Set<String> SPARK_ADAPTERS = Set.of(
      "InputsToArticles.java", "ReadFiles.java", "ParquetInputs.java", "ParsedRows.java", "IngestResult.java",
      "InputProgress.java");
  private static final Pattern SPARK_IMPORT =
      Pattern.compile("^import\\s+(static\\s+)?(org\\.apache\\.spark|scala)\\.", Pattern.MULTILINE);

  @Test
  void onlyTheAdaptersImportSpark() throws IOException {
    Path dir = Path.of("src/main/java/org/actorpulse/ingest");
    List<Path> sources;
    try (Stream<Path> s = Files.walk(dir)) {
      sources = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(sources.size() > 20, "expected the ingest sources, found " + sources.size());
    assertTrue(sources.stream().anyMatch(p -> p.getFileName().toString().equals("MainContent.java")),
        "expected the sub-packages to be scanned");
    List<String> offenders = sources.stream()
        .filter(p -> !SPARK_ADAPTERS.contains(p.getFileName().toString()))
        .filter(p -> {
          try {
            return SPARK_IMPORT.matcher(Files.readString(p)).find();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .map(p -> p.getFileName().toString()).sorted().toList();
    assertEquals(List.of(), offenders);
  }
}
