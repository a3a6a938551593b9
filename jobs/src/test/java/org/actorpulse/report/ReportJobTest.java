package org.actorpulse.report;

import org.actorpulse.stats.DivergenceTest;

import static org.actorpulse.report.ReportFixtures.parse;
import static org.actorpulse.report.ReportFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.actorpulse.SparkTestSession;
import org.actorpulse.output.MissingTableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@link ReportJob} on real and on incomplete output folders. */
class ReportJobTest {
  @TempDir Path tmp;

  @Test
  void folderWithoutTablesIsAUserErrorNamingIt() {
    MissingTableException e = assertThrows(MissingTableException.class,
        () -> ReportJob.run(SparkTestSession.get(), tmp.toString(), 10, DivergenceTest.DEFAULT));
    assertTrue(e.getMessage().contains(tmp.toString()) && e.getMessage().contains("actorpulse run"), e.getMessage());
  }

  @Test
  void topBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ReportJob.run(SparkTestSession.get(), ExampleOutput.get().toString(), 0, DivergenceTest.DEFAULT));
  }

  @Test
  void missingPairsTableEmptiesOnlyTheNetworkPanel() throws Exception {
    Path partial = tmp.resolve("partial");
    copyTree(ExampleOutput.get(), partial, "actor_pairs");
    String written = ReportJob.run(SparkTestSession.get(), partial.toString(), 3, DivergenceTest.DEFAULT);
    assertEquals(partial.resolve(ReportJob.FILE_NAME).toString(), written);
    try (Stream<Path> files = Files.list(partial)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".crc")), "no checksum file beside it");
    }
    Document doc = parse(Files.readString(partial.resolve(ReportJob.FILE_NAME)));
    assertEquals(List.of("No data: this output folder has no actor_pairs table"), texts(doc, "//div[@class='nodata']"));
    assertEquals(3, texts(doc, "//*[local-name()='g'][@class='actor']").size(), "--top 3 shows three actors");
  }

  private static void copyTree(Path from, Path to, String skipTable) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path rel = from.relativize(p);
        if (rel.toString().startsWith(skipTable) || rel.toString().startsWith("report.")) continue;
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
