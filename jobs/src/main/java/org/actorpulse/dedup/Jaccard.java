package org.actorpulse.dedup;

/** Jaccard similarity of two sets held as sorted arrays of distinct ints (as {@link Shingles#of} gives). */
public final class Jaccard {
  private Jaccard() {}

  /** {@code |a ∩ b| / |a ∪ b|}; 0 when both are empty, as two texts without words are no evidence of copying. */
  public static double of(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }
}
