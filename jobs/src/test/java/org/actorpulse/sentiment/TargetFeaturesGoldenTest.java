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

  /** The word-vector view reads the roles as bits ({@link TargetFeatures#roleFlags}); they must be the features' roles. */
  @Test
  void roleBitsAreTheRolesTheFeaturesName() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(DEV), "NewsMTSC dev split not on this machine");
    TargetFeatures features = new TargetFeatures(TestLexicons.LEXICON);
    boolean[] roles = new boolean[TargetFeatures.KINDS];
    roles[TargetFeatures.ROLE] = true;
    int[] seen = new int[TargetFeatures.ROLE_NAMES.size()];
    java.util.List<LabeledTarget> targets = new java.util.ArrayList<>(LabeledTarget.readJsonl(DEV));
    // the passive subject does not occur on dev
    String passive = "Russia was accused of bombing the town.";
    targets.add(new LabeledTarget("passive", passive, "Russia", 0, 6, 0));
    for (LabeledTarget t : targets) {
      Sentence s = features.prepare(t.sentence());
      TargetSpan span = s.locate(t.begin(), t.end());
      int[] named = {0};
      features.extract(s, span, roles, (kind, hash, a, b, c, value) -> {
        if (b == null) named[0] |= 1 << TargetFeatures.ROLE_NAMES.indexOf(a);
      });
      assertEquals(named[0], TargetFeatures.roleFlags(s, span), t.id());
      for (int r = 0; r < seen.length; r++) seen[r] += (named[0] >>> r) & 1;
    }
    for (int r = 0; r < seen.length; r++) {
      org.junit.jupiter.api.Assertions.assertTrue(seen[r] > 0, "no dev target is " + TargetFeatures.ROLE_NAMES.get(r));
    }
  }
}
