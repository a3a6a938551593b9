package org.actorpulse.sentiment;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the trained model as JSON: format tag, provenance (how it was made), the decision offsets, and
 * per view its feature kinds and one {@code [name, w_negative, w_neutral, w_positive]} array per feature. JSON
 * rather than Java serialization so the file is inspectable and does not break when a class changes; feature
 * hashes are recomputed from the names at load. A model with a word-vector view also holds that view's weights and
 * names its vector table, relative to the model's own directory, with the table's fingerprint: the projections are
 * computed at load, and a model never runs on vectors it was not trained with.
 */
public final class ModelFile {
  static final String FORMAT = "actorpulse-target-sentiment-linear/2";

  private ModelFile() {
  }

  public static void write(Path file, ModelScorer scorer, Map<String, Object> provenance) {
    write(file, scorer, provenance, null);
  }

  /** @param vectorsFile where the embedding view's vectors are; required when the scorer has that view */
  public static void write(Path file, ModelScorer scorer, Map<String, Object> provenance, Path vectorsFile) {
    EmbeddingView embedding = scorer.embedding();
    if (embedding != null && vectorsFile == null) {
      throw new IllegalArgumentException("a model with word vectors needs the vectors' file to name");
    }
    try {
      if (file.getParent() != null) Files.createDirectories(file.getParent());
      try (JsonGenerator out = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
        out.setCodec(new ObjectMapper());
        out.writeStartObject();
        out.writeStringField("format", FORMAT);
        out.writeObjectField("provenance", provenance);
        out.writeObjectFieldStart("decision");
        out.writeNumberField("negative", scorer.decision().negative());
        out.writeNumberField("positive", scorer.decision().positive());
        out.writeEndObject();
        out.writeArrayFieldStart("views");
        for (ModelScorer.View view : scorer.views()) {
          out.writeRaw('\n');
          out.writeStartObject();
          out.writeObjectField("kinds", view.kinds());
          out.writeArrayFieldStart("features");
          out.writeRaw('\n');
          LinearModel model = view.model();
          for (int f = 0; f < model.size(); f++) {
            out.writeStartArray();
            out.writeString(model.name(f));
            for (int c = 0; c < LinearModel.CLASSES; c++) out.writeNumber(model.weight(f, c));
            out.writeEndArray();
            out.writeRaw('\n');
          }
          out.writeEndArray();
          out.writeEndObject();
        }
        out.writeEndArray();
        if (embedding != null) writeEmbedding(out, embedding, scorer.embeddingWeight(), file, vectorsFile);
        out.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing model " + file, e);
    }
  }

  private static void writeEmbedding(JsonGenerator out, EmbeddingView e, double weight, Path model, Path vectors)
      throws IOException {
    Path dir = model.toAbsolutePath().getParent();
    Path v = vectors.toAbsolutePath();
    out.writeRaw('\n');
    out.writeObjectFieldStart("embedding");
    out.writeStringField("vectors", v.startsWith(dir) ? dir.relativize(v).toString() : v.toString());
    out.writeNumberField("fingerprint", e.vectors().fingerprint());
    out.writeObjectField("blocks", EmbeddingView.BLOCKS);
    out.writeObjectField("roles", EmbeddingView.ROLES);
    out.writeNumberField("weight", weight);
    out.writeObjectField("bias", e.bias());
    out.writeRaw('\n');
    out.writeObjectField("mean", e.mean());
    out.writeRaw('\n');
    out.writeObjectField("std", e.std());
    out.writeRaw('\n');
    out.writeObjectField("weights", e.weights());
    out.writeEndObject();
  }

  private static EmbeddingView readEmbedding(JsonNode e, Path model) {
    Path vectorsFile = model.toAbsolutePath().getParent().resolve(e.get("vectors").asText());
    WordVectors vectors = WordVectors.read(vectorsFile);
    if (vectors.fingerprint() != e.get("fingerprint").asLong()) {
      throw new IllegalArgumentException("model " + model + " was trained on other word vectors than " + vectorsFile
          + " (fingerprint " + e.get("fingerprint").asLong() + ", the file's " + vectors.fingerprint()
          + "): retrain it with train-sentiment");
    }
    List<String> layout = new ArrayList<>();
    e.get("blocks").forEach(b -> layout.add(b.asText()));
    e.get("roles").forEach(r -> layout.add(r.asText()));
    List<String> expected = new ArrayList<>(EmbeddingView.BLOCKS);
    expected.addAll(EmbeddingView.ROLES);
    if (!layout.equals(expected)) {
      throw new IllegalArgumentException("model " + model + ": embedding blocks and roles " + layout
          + ", this version reads " + expected + " (retrain it with train-sentiment)");
    }
    return new EmbeddingView(vectors, doubles(e.get("mean")), doubles(e.get("std")), doubles(e.get("weights")),
        doubles(e.get("bias")));
  }

  private static double[] doubles(JsonNode array) {
    double[] d = new double[array.size()];
    for (int i = 0; i < d.length; i++) d[i] = array.get(i).asDouble();
    return d;
  }

  /** The model stored in {@code file}; the lexicon comes from the settings, not the file. */
  public static ModelScorer read(Path file, Lexicon lexicon) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("model " + file + ": no such file (train one with train-sentiment, "
          + "e.g. --input train.jsonl --output conf/models/sentiment-model.json, or use the rules scorer)");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("reading model " + file, e);
    }
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("model " + file + ": format " + root.path("format").asText()
          + ", expected " + FORMAT + " (retrain it with train-sentiment)");
    }
    List<ModelScorer.View> views = new ArrayList<>();
    for (JsonNode v : root.get("views")) {
      List<String> kinds = new ArrayList<>();
      v.get("kinds").forEach(k -> kinds.add(k.asText()));
      JsonNode features = v.get("features");
      String[] names = new String[features.size()];
      float[] weights = new float[features.size() * LinearModel.CLASSES];
      for (int f = 0; f < names.length; f++) {
        JsonNode row = features.get(f);
        names[f] = row.get(0).asText();
        for (int c = 0; c < LinearModel.CLASSES; c++) {
          weights[f * LinearModel.CLASSES + c] = (float) row.get(c + 1).asDouble();
        }
      }
      views.add(new ModelScorer.View(kinds, new LinearModel(names, weights)));
    }
    JsonNode d = root.get("decision");
    ModelScorer.Decision decision = new ModelScorer.Decision(d.get("negative").asDouble(), d.get("positive").asDouble());
    JsonNode e = root.get("embedding");
    if (e == null) return new ModelScorer(new TargetFeatures(lexicon), views, decision);
    return new ModelScorer(new TargetFeatures(lexicon), views, readEmbedding(e, file), e.get("weight").asDouble(),
        decision);
  }
}
