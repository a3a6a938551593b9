package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Feature extraction is shared by training, the straightforward scoring path and (for the non-word kinds) the fast
 * one, so the fast path's test cannot see a change in it. This holds it to what the code emitted before scoring was
 * optimised (commit 20710b5): per dev target, a SHA-256 of every feature of every kind, name, value and hash, in
 * emission order, stored beside this test in {@code dev-features.sha256.tsv}. A deliberate change of the features
 * changes the model's inputs: retrain, then regenerate the file with {@link #digests}.
 */
class TargetFeaturesGoldenTest {
  private static final Path DEV = Path.of("../../shared/data/newsmtsc/dev.jsonl");
  private static final Path EXPECTED = Path.of("src/test/java/org/actorpulse/sentiment/dev-features.sha256.tsv");

  static String digests(TargetFeatures features, Path dev) throws Exception {
    boolean[] all = new boolean[TargetFeatures.KINDS];
    Arrays.fill(all, true);
    StringBuilder out = new StringBuilder();
    for (LabeledTarget t : LabeledTarget.readJsonl(dev)) {
      StringBuilder emitted = new StringBuilder();
      Sentence s = features.prepare(t.sentence());
      features.extract(s, s.locate(t.begin(), t.end()), all, (kind, hash, a, b, c, value) ->
          emitted.append(FeatureHash.name(TargetFeatures.PREFIXES[kind], a, b, c)).append('=').append(value)
              .append('#').append(hash).append('\n'));
      byte[] d = MessageDigest.getInstance("SHA-256").digest(emitted.toString().getBytes(StandardCharsets.UTF_8));
      out.append(t.id()).append('\t').append(HexFormat.of().formatHex(d)).append('\n');
    }
    return out.toString();
  }

  @Test
  void everyDevTargetEmitsTheFeaturesItDidBeforeOptimising() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(DEV), "NewsMTSC dev split not on this machine");
    String expected = Files.readString(EXPECTED, StandardCharsets.UTF_8);
    String actual = digests(new TargetFeatures(TestLexicons.LEXICON), DEV);
    String[] e = expected.split("\n");
    String[] a = actual.split("\n");
    assertEquals(e.length, a.length);
    for (int i = 0; i < e.length; i++) assertEquals(e[i], a[i], "row " + i);
  }
}
