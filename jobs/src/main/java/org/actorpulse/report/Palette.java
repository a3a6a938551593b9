package org.actorpulse.report;

import java.util.List;

/**
 * Colours: a categorical set for series (Tableau 10 without its lightest tones, which vanish on white) and a
 * blue/orange pair for positive/negative sentiment, distinguishable with the common colour-vision deficiencies.
 */
public final class Palette {
  private static final List<String> SERIES = List.of(
      "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1", "#76b7b2", "#9c755f", "#edc948", "#ff9da7", "#7f7f7f");
  public static final String POSITIVE = "#2b6cb0";
  public static final String NEGATIVE = "#dd6b20";
  public static final String SHIFT = "#c53030";
  public static final String GRID = "#e2e8f0";
  public static final String AXIS = "#4a5568";

  private Palette() {}

  /** The i-th series colour, cycling when there are more series than colours. */
  public static String series(int i) {
    return SERIES.get(Math.floorMod(i, SERIES.size()));
  }

  public static int size() {
    return SERIES.size();
  }
}
