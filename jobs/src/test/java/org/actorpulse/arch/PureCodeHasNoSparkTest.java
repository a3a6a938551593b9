package org.actorpulse.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Matching, scoring and statistics must be testable without a SparkSession: no Spark or Spark NLP in them. */
class PureCodeHasNoSparkTest {
  private static final List<String> PURE_PACKAGES =
      List.of("model", "dictionary", "text", "sentiment", "stats", "dedup");
  private static final Pattern SPARK_IMPORT =
      Pattern.compile("^import\\s+(static\\s+)?(org\\.apache\\.spark|com\\.johnsnowlabs|scala)\\.", Pattern.MULTILINE);

  @Test
  void purePackagesImportNoSpark() throws IOException {
    Path root = Path.of("src/main/java/org/actorpulse");
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    for (String pkg : PURE_PACKAGES) {
      Path dir = root.resolve(pkg);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          scanned++;
          if (SPARK_IMPORT.matcher(Files.readString(f)).find()) offenders.add(root.relativize(f).toString());
        }
      }
    }
    assertTrue(scanned > 5, "expected to scan the pure packages, scanned " + scanned);
    assertEquals(List.of(), offenders);
  }
}
