package org.actorpulse.ingest.language;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The detector's ISO 639-3 codes to the ISO 639-1 codes written in {@code articles.language} and in reject
 * reasons. An explicit table, not {@link java.util.Locale}: the JDK maps Hebrew, Indonesian and Yiddish to
 * withdrawn codes ({@code iw}, {@code in}, {@code ji}) depending on a system property, and does not know the
 * individual languages the model names for a macrolanguage ({@code cmn} Mandarin is {@code zh}, {@code pes}
 * Iranian Persian {@code fa}, {@code ekk} Standard Estonian {@code et}, ...). Languages without a two-letter code
 * (Cebuano, Low German, Swiss German...) keep their three-letter one. Stateless.
 */
public final class LanguageCodes {
  private LanguageCodes() {}

  /** The code for "undetermined" (ISO 639-2): too little text, or no clear winner. */
  public static final String UNDETERMINED = "und";

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

  static final Map<String, String> TWO_LETTER = Map.ofEntries(
      Map.entry("afr", "af"), Map.entry("ara", "ar"), Map.entry("aze", "az"), Map.entry("bak", "ba"),
      Map.entry("bel", "be"), Map.entry("ben", "bn"), Map.entry("bos", "bs"), Map.entry("bre", "br"),
      Map.entry("bul", "bg"), Map.entry("cat", "ca"), Map.entry("ces", "cs"), Map.entry("che", "ce"),
      Map.entry("cmn", "zh"), Map.entry("cym", "cy"), Map.entry("dan", "da"), Map.entry("deu", "de"),
      Map.entry("ekk", "et"), Map.entry("ell", "el"), Map.entry("eng", "en"), Map.entry("epo", "eo"),
      Map.entry("est", "et"), Map.entry("eus", "eu"), Map.entry("fao", "fo"), Map.entry("fas", "fa"),
      Map.entry("fin", "fi"), Map.entry("fra", "fr"), Map.entry("fry", "fy"), Map.entry("gle", "ga"),
      Map.entry("glg", "gl"), Map.entry("guj", "gu"), Map.entry("heb", "he"), Map.entry("hin", "hi"),
      Map.entry("hrv", "hr"), Map.entry("hun", "hu"), Map.entry("hye", "hy"), Map.entry("ind", "id"),
      Map.entry("isl", "is"), Map.entry("ita", "it"), Map.entry("jav", "jv"), Map.entry("jpn", "ja"),
      Map.entry("kan", "kn"), Map.entry("kat", "ka"), Map.entry("kaz", "kk"), Map.entry("kir", "ky"),
      Map.entry("kor", "ko"), Map.entry("lat", "la"), Map.entry("lav", "lv"), Map.entry("lim", "li"),
      Map.entry("lit", "lt"), Map.entry("ltz", "lb"), Map.entry("lvs", "lv"), Map.entry("mal", "ml"),
      Map.entry("mar", "mr"), Map.entry("mkd", "mk"), Map.entry("mlt", "mt"), Map.entry("mon", "mn"),
      Map.entry("mri", "mi"), Map.entry("msa", "ms"), Map.entry("nep", "ne"), Map.entry("nld", "nl"),
      Map.entry("nno", "nn"), Map.entry("nob", "nb"), Map.entry("oci", "oc"), Map.entry("pan", "pa"),
      Map.entry("pes", "fa"), Map.entry("plt", "mg"), Map.entry("pnb", "pa"), Map.entry("pol", "pl"),
      Map.entry("por", "pt"), Map.entry("pus", "ps"), Map.entry("ron", "ro"), Map.entry("rus", "ru"),
      Map.entry("san", "sa"), Map.entry("sin", "si"), Map.entry("slk", "sk"), Map.entry("slv", "sl"),
      Map.entry("som", "so"), Map.entry("spa", "es"), Map.entry("sqi", "sq"), Map.entry("srp", "sr"),
      Map.entry("sun", "su"), Map.entry("swa", "sw"), Map.entry("swe", "sv"), Map.entry("tam", "ta"),
      Map.entry("tat", "tt"), Map.entry("tel", "te"), Map.entry("tgk", "tg"), Map.entry("tgl", "tl"),
      Map.entry("tha", "th"), Map.entry("tur", "tr"), Map.entry("ukr", "uk"), Map.entry("urd", "ur"),
      Map.entry("uzb", "uz"), Map.entry("vie", "vi"), Map.entry("vol", "vo"), Map.entry("zul", "zu"));

  /** Model languages without a two-letter code. */
  static final java.util.Set<String> THREE_LETTER_ONLY =
      java.util.Set.of("ast", "ceb", "gsw", "min", "nan", "nds", "war");

  /** The two-letter code for a detector code, or the detector code itself when there is none. */
  public static String toIso6391(String iso6393) {
    return TWO_LETTER.getOrDefault(iso6393, iso6393);
  }

  /** Whether {@link LanguageDetector} can say this code (a test holds the table to the model's languages). */
  public static boolean isDetectable(String code) {
    return TWO_LETTER.containsValue(code) || THREE_LETTER_ONLY.contains(code);
  }

  /** Whether the value has the shape of a language code (2 or 3 lower-case letters). */
  public static boolean isWellFormed(String code) {
    return code != null && CODE.matcher(code).matches();
  }
}
