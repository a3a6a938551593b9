package org.actorpulse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Only the two adapter classes of the report touch Spark or Hadoop; rendering is plain Java, testable as such. */
class RenderingHasNoSparkTest {
  private static final Set<String> ADAPTERS = Set.of("TablesToReportData.java", "TablesToSourceComparison.java",
      "ReportJob.java");
  private static final Pattern SPARK_IMPORT = Pattern.compile(
      "^import\\s+(static\\s+)?(org\\.apache\\.spark|org\\.apache\\.hadoop|scala|org\\.actorpulse\\.job|"
          + "org\\.actorpulse\\.output)\\.", Pattern.MULTILINE);

  @Test
  void renderingImportsNoSpark() throws IOException {
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/actorpulse/report"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (ADAPTERS.contains(f.getFileName().toString())) continue;
        scanned++;
        if (SPARK_IMPORT.matcher(Files.readString(f)).find()) offenders.add(f.getFileName().toString());
      }
    }
    assertTrue(scanned >= 10, "expected to scan the renderers, scanned " + scanned);
    assertEquals(List.of(), offenders);
  }
}
