package org.actorpulse.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed examples/news-sample.warc.gz is what WarcSample writes today, record for record. */
class WarcSampleTest {
  @TempDir Path tmp;

  /** Each record as its header and body, which is all a reader can tell apart. */
  private static List<String> records(Path warc) throws IOException {
    List<String> out = new ArrayList<>();
    try (WarcReader r = new WarcReader(warc)) {
      for (WarcRecord rec : r) {
        try (InputStream body = rec.body().stream()) {
          out.add(new String(rec.serializeHeader(), java.nio.charset.StandardCharsets.UTF_8) + "\n"
              + new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  @Test
  void regeneratingGivesTheCommittedRecords() throws IOException {
    Path committed = Path.of(System.getProperty("actorpulse.home"), "examples", "news-sample.warc.gz");
    Path fresh = tmp.resolve("news-sample.warc.gz");
    WarcSample.write(fresh);
    List<String> expected = records(committed);
    assertEquals(24, expected.size());
    assertEquals(expected, records(fresh));
  }
}
