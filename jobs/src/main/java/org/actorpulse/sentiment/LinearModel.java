package org.actorpulse.sentiment;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A three-class (negative, neutral, positive) linear model over named features. Features are found by their 64-bit
 * {@link FeatureHash} in an open-addressing table built once at load, so scoring needs no feature strings.
 * Immutable after construction; safe to share across threads.
 */
public final class LinearModel implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int CLASSES = 3;

  private final String[] names;
  private final float[] weights;
  private final long[] hashes;
  private final HashIndex index;

  /** @param weights {@code names.length * 3} weights, feature-major: negative, neutral, positive */
  public LinearModel(String[] names, float[] weights) {
    if (weights.length != names.length * CLASSES) {
      throw new IllegalArgumentException(names.length + " features need " + names.length * CLASSES + " weights, got "
          + weights.length);
    }
    this.names = names.clone();
    this.weights = weights.clone();
    this.hashes = new long[names.length];
    for (int f = 0; f < names.length; f++) hashes[f] = FeatureHash.ofName(names[f]);
    this.index = new HashIndex(hashes, f -> "duplicate feature " + names[f]);
  }

  /** The feature's index, or -1 if the model does not know it. */
  public int index(long hash) {
    return index.of(hash);
  }

  public int size() {
    return names.length;
  }

  long hash(int feature) {
    return hashes[feature];
  }

  public String name(int feature) {
    return names[feature];
  }

  public float weight(int feature, int cls) {
    return weights[feature * CLASSES + cls];
  }

  /** The features of the kinds {@code kinds} selects ({@code kinds[kind]}), with their weights. */
  LinearModel only(boolean[] kinds) {
    String[] keptNames = new String[names.length];
    float[] kept = new float[weights.length];
    int n = 0;
    for (int f = 0; f < names.length; f++) {
      if (!kinds[TargetFeatures.kind(names[f].substring(0, names[f].indexOf(':') + 1))]) continue;
      keptNames[n] = names[f];
      System.arraycopy(weights, f * CLASSES, kept, n * CLASSES, CLASSES);
      n++;
    }
    return new LinearModel(Arrays.copyOf(keptNames, n), Arrays.copyOf(kept, n * CLASSES));
  }

  /** Softmax of the three class scores, in place. */
  static void softmax(double[] z) {
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    for (int k = 0; k < CLASSES; k++) {
      z[k] = Math.exp(z[k] - max);
      sum += z[k];
    }
    for (int k = 0; k < CLASSES; k++) z[k] /= sum;
  }
}
