import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.actorpulse.sentiment.Token;
import org.actorpulse.sentiment.Tokenizer;
import org.actorpulse.sentiment.WordVectors;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Makes the word-vector table of the sentiment model's embedding view: every word of the training sentences, of the
 * encoder's own vocabulary (its whole alphabetic entries) and of the lexicons, each embedded alone by
 * all-MiniLM-L6-v2 (mean-pooled, normalized), reduced to the leading principal components over the vocabulary and
 * stored a byte per dimension, with each word's weight for averages from its frequency in the training sentences. Deterministic: the words are sorted, each component's sign is fixed.
 *
 * <p>Usage: MakeWordVectors OUT DIMS TRAIN.jsonl LEXICON_WORDS...
 */
public final class MakeWordVectors {
  /** The smoothing of the words' weights, a / (a + p(word)), p from the training sentences' tokens. */
  private static final double SIF_A = 1e-3;

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int dims = Integer.parseInt(args[1]);
    TreeSet<String> words = new TreeSet<>();
    Map<String, Integer> counts = new HashMap<>();
    long tokens = 0;
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      for (Token t : Tokenizer.tokenize(json.readTree(line).get("sentence").asText())) {
        if (t.isPunctuation()) continue;
        words.add(t.text());
        counts.merge(t.text(), 1, Integer::sum);
        tokens++;
      }
    }
    int fromTrain = words.size();
    try (InputStream in = AllMiniLmL6V2EmbeddingModel.class.getClassLoader()
        .getResourceAsStream("all-minilm-l6-v2-tokenizer.json")) {
      json.readTree(in).get("model").get("vocab").fieldNames().forEachRemaining(w -> {
        if (w.chars().allMatch(c -> c >= 'a' && c <= 'z')) words.add(w);
      });
    }
    for (int i = 3; i < args.length; i++) {
      // Hu & Liu's lists are Latin-1 with ';' comments; VADER's first column is the word
      for (String line : Files.readAllLines(Path.of(args[i]), StandardCharsets.ISO_8859_1)) {
        if (line.isBlank() || line.startsWith(";")) continue;
        String w = line.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (w.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-' || c == '\'') && w.chars().anyMatch(Character::isLetter)) {
          words.add(w);
        }
      }
    }
    System.err.printf("%d words (%d from the training sentences)%n", words.size(), fromTrain);

    AllMiniLmL6V2EmbeddingModel encoder = new AllMiniLmL6V2EmbeddingModel();
    List<String> kept = new ArrayList<>();
    List<float[]> raw = new ArrayList<>();
    long start = System.nanoTime();
    for (String w : words) {
      float[] v;
      try {
        v = encoder.embed(w).content().vector();
      } catch (IllegalArgumentException e) {
        continue; // the encoder refuses text it reads as blank (format characters alone)
      }
      kept.add(w);
      raw.add(v);
      if (kept.size() % 5000 == 0) System.err.printf("%d embedded in %.0f s%n", kept.size(), (System.nanoTime() - start) / 1e9);
    }
    int d = raw.get(0).length;
    double[] mean = new double[d];
    for (float[] v : raw) for (int k = 0; k < d; k++) mean[k] += v[k] / raw.size();
    double[][] cov = new double[d][d];
    for (float[] v : raw) {
      for (int i = 0; i < d; i++) {
        double a = v[i] - mean[i];
        for (int j = 0; j <= i; j++) cov[i][j] += a * (v[j] - mean[j]);
      }
    }
    for (int i = 0; i < d; i++) for (int j = 0; j < i; j++) cov[j][i] = cov[i][j];
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(cov));
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = new Integer[d];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
    double[][] components = new double[dims][];
    for (int c = 0; c < dims; c++) {
      double[] e = eigen.getEigenvector(order[c]).toArray();
      int largest = 0;
      for (int k = 1; k < d; k++) if (Math.abs(e[k]) > Math.abs(e[largest])) largest = k;
      if (e[largest] < 0) for (int k = 0; k < d; k++) e[k] = -e[k];
      components[c] = e;
    }
    List<float[]> reduced = new ArrayList<>();
    for (float[] v : raw) {
      float[] p = new float[dims];
      for (int c = 0; c < dims; c++) {
        double z = 0;
        for (int k = 0; k < d; k++) z += (v[k] - mean[k]) * components[c][k];
        p[c] = (float) z;
      }
      reduced.add(p);
    }
    double explained = 0, total = 0;
    for (int c = 0; c < d; c++) {
      total += values[order[c]];
      if (c < dims) explained += values[order[c]];
    }
    float[] weights = new float[kept.size()];
    for (int r = 0; r < weights.length; r++) {
      weights[r] = (float) (SIF_A / (SIF_A + counts.getOrDefault(kept.get(r), 0) / (double) tokens));
    }
    WordVectors table = WordVectors.quantize(kept, weights, reduced);
    table.write(out);
    System.err.printf("wrote %s: %d words, %d dimensions (%.1f%% of the variance), fingerprint %d%n", out,
        table.size(), dims, 100 * explained / total, table.fingerprint());
  }
}
