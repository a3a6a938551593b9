package org.actorpulse.sentiment;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prior polarity of words, on VADER's scale (-4 to +4). Built from the VADER lexicon, with the Hu and Liu
 * opinion lists filling words VADER lacks (many news verbs and adjectives such as {@code unconstitutional}).
 * Immutable and serializable: it travels to executors inside a scorer.
 */
public final class Lexicon implements Serializable {
  private static final long serialVersionUID = 3L;

  /** Valence given to a Hu and Liu word that VADER does not rate: VADER's median absolute rating is about 1.5. */
  static final float HU_LIU_VALENCE = 1.5f;

  private final Map<String, Float> valence;

  public Lexicon(Map<String, Float> valence) {
    this.valence = Map.copyOf(valence);
  }

  /** Loads {@code vader/vader_lexicon.txt} and, when present, {@code bing-liu/{positive,negative}-words.txt}. */
  public static Lexicon load(Path lexiconDir) {
    Path vader = lexiconDir.resolve("vader/vader_lexicon.txt");
    if (!Files.isRegularFile(vader)) {
      throw new IllegalArgumentException("lexicon dir " + lexiconDir + ": expected " + vader
          + " (the conf/lexicons directory of the distribution)");
    }
    Map<String, Float> map = new HashMap<>();
    try {
      for (String line : Files.readAllLines(vader, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t");
        if (cols.length >= 2) map.put(cols[0].toLowerCase(Locale.ROOT), Float.parseFloat(cols[1]));
      }
      addList(map, lexiconDir.resolve("bing-liu/positive-words.txt"), HU_LIU_VALENCE);
      addList(map, lexiconDir.resolve("bing-liu/negative-words.txt"), -HU_LIU_VALENCE);
    } catch (IOException e) {
      throw new UncheckedIOException("reading lexicon " + lexiconDir, e);
    }
    return new Lexicon(map);
  }

  private static void addList(Map<String, Float> map, Path list, float value) throws IOException {
    if (!Files.isRegularFile(list)) return;
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      String word = line.trim();
      if (!word.isEmpty() && !word.startsWith(";")) map.putIfAbsent(word, value);
    }
  }

  /** The word's valence, 0 when unknown. */
  public float valence(String word) {
    Float v = valence.get(word);
    return v == null ? 0f : v;
  }

  /** Every word with its valence. */
  void forEach(java.util.function.BiConsumer<String, Float> action) {
    valence.forEach(action);
  }

  public int size() {
    return valence.size();
  }
}
