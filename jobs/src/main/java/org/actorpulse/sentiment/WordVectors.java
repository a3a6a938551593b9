package org.actorpulse.sentiment;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Static word vectors, looked up by the {@link FeatureHash#token} hash a {@link Sentence} already holds for each
 * token, so scoring makes no strings. Stored as one byte per dimension with a scale per dimension: the table ships
 * in conf/models and must stay small. {@link #fingerprint} names the table, so a model trained on one table refuses
 * another. Immutable; safe to share across threads.
 *
 * <p>Each word also has a weight for averages, smaller for frequent words ({@code a / (a + p(word))}, the "smooth
 * inverse frequency" of Arora et al., 2017): "the" and "said" should not outvote "massacre".
 *
 * <p>File format (big-endian, {@link DataOutputStream}): the magic {@code APWV2}, the dimension count, the word
 * count, the scales as floats, then per word its text ({@code writeUTF}), its weight (a float) and its bytes.
 */
public final class WordVectors implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String MAGIC = "APWV2";

  private final String[] words;
  private final int dims;
  private final float[] scales;
  private final float[] weights;
  private final byte[] values;
  private final HashIndex rows;
  private final long fingerprint;

  WordVectors(String[] words, float[] weights, float[] scales, byte[] values) {
    if (values.length != words.length * scales.length || weights.length != words.length) {
      throw new IllegalArgumentException(words.length + " words of " + scales.length + " dimensions need "
          + words.length * scales.length + " values, got " + values.length);
    }
    this.words = words.clone();
    this.dims = scales.length;
    this.scales = scales.clone();
    this.weights = weights.clone();
    this.values = values.clone();
    long[] hashes = new long[words.length];
    for (int r = 0; r < words.length; r++) hashes[r] = FeatureHash.token(words[r]);
    this.rows = new HashIndex(hashes, r -> "word vectors: " + words[r] + " twice");
    long f = FeatureHash.token(MAGIC) ^ dims;
    for (float scale : scales) f = f * 31 + Float.floatToIntBits(scale);
    for (int r = 0; r < words.length; r++) {
      f = f * 31 + hashes[r];
      f = f * 31 + Float.floatToIntBits(weights[r]);
      for (int k = 0; k < dims; k++) f = f * 31 + values[r * dims + k];
    }
    this.fingerprint = f;
  }

  /** Quantizes real vectors (one per word, all of one length) to a byte per dimension. */
  public static WordVectors quantize(List<String> words, float[] weights, List<float[]> vectors) {
    int dims = vectors.get(0).length;
    float[] scales = new float[dims];
    for (float[] v : vectors) for (int k = 0; k < dims; k++) scales[k] = Math.max(scales[k], Math.abs(v[k]) / 127f);
    for (int k = 0; k < dims; k++) if (scales[k] == 0) scales[k] = 1;
    byte[] values = new byte[words.size() * dims];
    for (int r = 0; r < words.size(); r++) {
      float[] v = vectors.get(r);
      for (int k = 0; k < dims; k++) values[r * dims + k] = (byte) Math.round(v[k] / scales[k]);
    }
    return new WordVectors(words.toArray(new String[0]), weights, scales, values);
  }

  /** The row of the word whose {@link FeatureHash#token} hash this is, or -1. */
  int row(long hash) {
    return rows.of(hash);
  }

  /** The row of a word as {@link Tokenizer} spells it (lower-cased), or -1. */
  public int row(String word) {
    return row(FeatureHash.token(word));
  }

  public int size() {
    return words.length;
  }

  public int dims() {
    return dims;
  }

  public String word(int row) {
    return words[row];
  }

  /** The word's weight in averages. */
  public float weight(int row) {
    return weights[row];
  }

  public float value(int row, int dim) {
    return values[row * dims + dim] * scales[dim];
  }

  /** Changes whenever a word, a value or the dimension count does. */
  public long fingerprint() {
    return fingerprint;
  }

  public void write(Path file) {
    try {
      if (file.getParent() != null) Files.createDirectories(file.getParent());
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
        out.writeUTF(MAGIC);
        out.writeInt(dims);
        out.writeInt(words.length);
        for (float s : scales) out.writeFloat(s);
        for (int r = 0; r < words.length; r++) {
          out.writeUTF(words[r]);
          out.writeFloat(weights[r]);
          out.write(values, r * dims, dims);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing word vectors " + file, e);
    }
  }

  public static WordVectors read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("word vectors " + file + ": no such file (scripts/make-word-vectors "
          + "makes conf/models/word-vectors.bin)");
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      String magic = in.readUTF();
      if (!MAGIC.equals(magic)) {
        throw new IllegalArgumentException("word vectors " + file + ": not a vector table of this version (" + magic
            + "); make it again with scripts/make-word-vectors");
      }
      int dims = in.readInt();
      int n = in.readInt();
      float[] scales = new float[dims];
      for (int k = 0; k < dims; k++) scales[k] = in.readFloat();
      String[] words = new String[n];
      float[] weights = new float[n];
      byte[] values = new byte[n * dims];
      for (int r = 0; r < n; r++) {
        words[r] = in.readUTF();
        weights[r] = in.readFloat();
        in.readFully(values, r * dims, dims);
      }
      return new WordVectors(words, weights, scales, values);
    } catch (IOException e) {
      throw new UncheckedIOException("reading word vectors " + file, e);
    }
  }
}
