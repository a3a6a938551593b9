package org.actorpulse.report;

/**
 * Two actors over every date of an output: articles and sentences holding both, and their NPMI over all the
 * analysed articles, in [-1, 1].
 */
public record PairLink(String actorA, String actorB, long articles, long sentences, double npmi) {
  public PairLink {
    if (actorA.equals(actorB)) throw new IllegalArgumentException("an actor paired with itself: " + actorA);
    if (npmi < -1 || npmi > 1 || Double.isNaN(npmi)) throw new IllegalArgumentException("npmi out of [-1, 1]: " + npmi);
  }
}
