package org.actorpulse.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Guesses the language of a text: ISO 639-1 ({@link LanguageCodes}), or {@code und}.
 *
 * <p>Only the first {@value #SAMPLE_CHARS} characters are read: a news paragraph is plenty, and the
 * detector's cost grows with the text (its n-gram features and normalising regexes). {@code und} when the
 * sample holds fewer than {@value #MIN_LETTERS} letters, or when the best language is not clearly ahead: its
 * probability below {@value #MIN_CONFIDENCE} or less than {@value #MIN_LEAD} times the runner-up's. With 103
 * languages the model spreads its probabilities thin on short texts (a headline gets 0.02 for its best
 * guess, a paragraph 0.3 to 0.6), so these bounds keep headlines and one-liners as {@code und} rather than
 * guessing Latin for "NATO summit in Brussels".
 *
 * <p>Plain English prose is recognised first by its function words ({@link EnglishEvidence}), at a small
 * fraction of the model's cost; every other text goes to the model.
 *
 * <p>The model (10 MB on disk, about 40 MB of heap) is loaded once per JVM on first use, one to two seconds;
 * it is thread-safe and shared. The detector objects are not documented as thread-safe, so each thread has its own.
 */
public final class LanguageDetector {
  static final int SAMPLE_CHARS = 500;
  static final int MIN_LETTERS = 40;
  static final double MIN_CONFIDENCE = 0.1;
  static final double MIN_LEAD = 2.0;
  private static final String MODEL = "/langdetect-183.bin";

  private static volatile LanguageDetectorModel model;
  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

  private LanguageDetector() {}

  /** The language of {@code text}, {@code und} when it cannot tell. */
  public static String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (letters(sample) < MIN_LETTERS) return LanguageCodes.UNDETERMINED;
    if (EnglishEvidence.isPlainlyEnglish(sample)) return "en";
    return byModel(sample);
  }

  /** The model's verdict alone, on a sample already cut and with letters enough. */
  static String byModel(String sample) {
    Language[] ranked = DETECTOR.get().predictLanguages(sample);
    if (ranked.length == 0) return LanguageCodes.UNDETERMINED;
    double best = ranked[0].getConfidence();
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
    if (best < MIN_CONFIDENCE || best < MIN_LEAD * second) return LanguageCodes.UNDETERMINED;
    return LanguageCodes.toIso6391(ranked[0].getLang());
  }

  /** The model's own (ISO 639-3) codes. */
  static Set<String> modelLanguages() {
    return Set.of(DETECTOR.get().getSupportedLanguages());
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (EnglishEvidence.isLetter(s.charAt(i))) n++;
    return n;
  }

  private static LanguageDetectorModel model() {
    LanguageDetectorModel m = model;
    if (m == null) {
      synchronized (LanguageDetector.class) {
        m = model;
        if (m == null) {
          try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
              throw new IllegalStateException(MODEL + " is not on the classpath (opennlp-models-langdetect)");
            }
            m = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException("loading the language model " + MODEL, e);
          }
          model = m;
        }
      }
    }
    return m;
  }
}
