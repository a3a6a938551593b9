package org.actorpulse.sentiment;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the pipeline needs to build a scorer once on the driver.
 *
 * @param scorer     {@code rules} (lexicon and attribution rules) or {@code model} (the trained model)
 * @param lexiconDir the directory holding {@code vader/} and {@code bing-liu/} (conf/lexicons)
 * @param modelPath  the trained model file (conf/models/sentiment-model.json); read only for {@code model}
 */
public record SentimentSettings(String scorer, Path lexiconDir, Path modelPath) {
  public static final String RULES = "rules";
  public static final String MODEL = "model";

  public SentimentSettings {
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(lexiconDir, "lexiconDir");
    if (!scorer.equals(RULES) && !scorer.equals(MODEL)) {
      throw new IllegalArgumentException("scorer " + scorer + ": expected rules or model");
    }
    if (scorer.equals(MODEL)) Objects.requireNonNull(modelPath, "modelPath (required for the model scorer)");
  }
}
