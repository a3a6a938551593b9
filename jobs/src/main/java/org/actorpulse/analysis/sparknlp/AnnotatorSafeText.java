package org.actorpulse.analysis.sparknlp;

/**
 * A text as Spark NLP 5.5.3 can be given it safely: same length, same offsets, same sentence bounds, with the
 * characters that trip its annotators replaced by stand-ins of one UTF-16 unit each.
 *
 * <ul>
 *   <li>{@code /}: {@code LightPipeline.fullAnnotate(String)} first checks a text containing {@code /} as a
 *       file path: locally, then twice through Spark NLP's Hadoop FileSystem, which it gets from
 *       {@code SparkSession.getActiveSession} or else {@code SparkSession.builder().master("local[*]")
 *       .getOrCreate()}. On a cluster executor there is no session, so every such text would try (and fail) to
 *       start a SparkContext twice, the failure swallowed. Stand-in: {@code ∕} (U+2215 DIVISION SLASH).
 *   <li>The SentenceDetector's private markers ({@code U+F050..U+F057} and the box-drawing characters
 *       {@code ╚╦╞╟╔╩╤╥}): it marks bounds in a copy of the text with them and maps its sentences back by
 *       searching their text, so one occurring in the input corrupts the sentence offsets. Stand-in:
 *       {@code □} (U+25A1).
 * </ul>
 *
 * None of these or their stand-ins is a sentence bound. Only the text given as LightPipeline's first target
 * (sentences) needs this; the folded text the matcher reads is its second, which no file check sees and no
 * sentence detector reads. Undo when Spark NLP offers a text-only entry point and escapes its markers.
 */
final class AnnotatorSafeText {
  static final char SLASH_STAND_IN = '\u2215';
  static final char MARKER_STAND_IN = '\u25A1';
  private static final String SENTENCE_DETECTOR_MARKERS = "╚╦╞╟╔╩╤╥";

  private AnnotatorSafeText() {}

  static String of(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char standIn = c == '/' ? SLASH_STAND_IN : isMarker(c) ? MARKER_STAND_IN : c;
      if (standIn != c) {
        if (chars == null) chars = text.toCharArray();
        chars[i] = standIn;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static boolean isMarker(char c) {
    return (c >= '\uF050' && c <= '\uF057') || SENTENCE_DETECTOR_MARKERS.indexOf(c) >= 0;
  }
}
