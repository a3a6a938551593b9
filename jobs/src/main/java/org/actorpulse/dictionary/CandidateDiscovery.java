package org.actorpulse.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds proper-name phrases that no alias of the dictionary covers, most frequent first: the names a curator
 * should look at next (on the seed article: Popular Diplomacy Movement, Mahmoud Afandi, Valery Asapov).
 *
 * <p>A candidate is a run of capitalised words (with {@code of}, {@code the}, {@code al}... between them),
 * cut where a dictionary match lies, stripped of leading titles ({@code Lieutenant General}) and of a
 * sentence's first word when that is a common word ({@code Meanwhile}, {@code The}). Dropped: single words the
 * texts also write in lower case ({@code De-escalation} beside {@code de-escalation}); days and months;
 * places, that is phrases most of whose occurrences follow a locative ({@code in}, {@code near}, {@code north of})
 * or precede a place noun ({@code province}, {@code city}, {@code Island}); single words seen fewer than
 * {@code minSingleWordCount} times (sentence debris more often than not). A lone surname counts for the full name
 * it ends ({@code Afandi said} for {@code Mahmoud Afandi}). Not thread-safe: one instance per run.
 */
public final class CandidateDiscovery {
  /** A phrase found, how often, in how many texts, and one place it was seen. */
  public record Discovered(String phrase, int occurrences, int documents, String example) {}

  private static final Set<String> CONNECTORS = Set.of("of", "the", "for", "al", "el", "bin", "ibn", "de", "la", "van",
      "von", "du", "der", "da");
  private static final Set<String> TITLES = Set.of("president", "prime", "minister", "lieutenant", "general", "colonel",
      "major", "captain", "commander", "mr", "mrs", "ms", "dr", "sheikh", "king", "prince", "queen", "secretary",
      "foreign", "defense", "defence", "chief", "spokesman", "spokeswoman", "senator", "governor", "ambassador",
      "brigadier", "admiral", "sergeant", "marshal", "deputy", "vice", "chancellor", "pope", "emir", "sultan", "mayor");
  private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "this", "that", "these", "those", "it",
      "its", "it's", "he", "she", "they", "we", "i", "you", "our", "their", "his", "her", "there", "here", "on", "in",
      "at", "as", "by", "for", "from", "with", "after", "before", "during", "since", "until", "while", "when", "where",
      "why", "what", "who", "how", "if", "but", "and", "or", "so", "yet", "because", "although", "though", "however",
      "meanwhile", "meantime", "separately", "furthermore", "moreover", "also", "last", "next", "now", "then", "today",
      "yesterday", "according", "some", "many", "several", "all", "both", "no", "not", "only", "even", "still", "such",
      "other", "another", "each", "every", "one", "two", "three", "earlier", "later", "instead", "besides");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december");
  private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "into", "inside", "outside", "around",
      "across", "towards", "toward", "within", "outskirts", "to", "from", "through");
  private static final Set<String> LOCATIVE_HEADS = Set.of("north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "province", "part", "city", "outskirts", "town", "village", "bank", "capital", "region",
      "center", "centre", "suburbs", "countryside", "border");
  private static final Set<String> PLACE_NOUNS = Set.of("province", "city", "village", "town", "river", "island",
      "station", "factory", "field", "fields", "area", "region", "district", "governorate", "valley", "mountain",
      "mountains", "desert", "airport", "airbase", "base", "street", "square", "bridge", "dam", "lake", "sea", "gulf",
      "county", "state", "camp", "hospital", "neighbourhood", "neighborhood", "port", "border", "crossing", "countryside");

  private record Word(int begin, int end, String text, String lower, boolean capitalised, boolean sentenceStart) {}

  private static final class Tally {
    String phrase;
    int occurrences;
    int locative;
    final Set<Integer> documents = new HashSet<>();
    String example;
  }

  private final ActorMatcher matcher;
  private final int minCount;
  private final int minSingleWordCount;
  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  /** Words seen written in lower case: a capitalised one of them is a sentence's first word, not a name. */
  private final Set<String> seenLowerCase = new HashSet<>();
  private int documents;

  /**
   * @param minCount           occurrences a phrase of several words needs to be reported
   * @param minSingleWordCount occurrences a single word needs
   */
  public CandidateDiscovery(ActorDictionary dictionary, int minCount, int minSingleWordCount) {
    this.matcher = dictionary.newMatcher();
    this.minCount = minCount;
    this.minSingleWordCount = minSingleWordCount;
  }

  /** Adds one text; {@code date} selects the dated aliases that count as covering. */
  public CandidateDiscovery add(String text, LocalDate date) {
    int doc = documents++;
    BitSet covered = new BitSet(text.length());
    for (ActorMatch m : matcher.find(text, date)) covered.set(m.begin(), m.end());
    List<Word> words = words(text);
    for (Word w : words) {
      if (Character.isLowerCase(w.text().charAt(0))) seenLowerCase.add(w.lower());
    }
    int i = 0;
    while (i < words.size()) {
      Word w = words.get(i);
      if (!w.capitalised() || covered.get(w.begin())) {
        i++;
        continue;
      }
      int j = i + 1;
      int lastCapital = i;
      while (j < words.size() && !covered.get(words.get(j).begin()) && !words.get(j).sentenceStart()
          && adjacent(text, words.get(j - 1), words.get(j))
          && (words.get(j).capitalised() || CONNECTORS.contains(words.get(j).lower()))) {
        if (words.get(j).capitalised()) lastCapital = j;
        j++;
      }
      record(text, words, i, lastCapital, doc);
      i = lastCapital + 1;
    }
    return this;
  }

  private void record(String text, List<Word> words, int first, int last, int doc) {
    int from = first;
    if (words.get(from).sentenceStart() && SENTENCE_STARTERS.contains(words.get(from).lower())) from++;
    while (from <= last && (TITLES.contains(words.get(from).lower()) || CONNECTORS.contains(words.get(from).lower()))) from++;
    if (from > last) return;
    if (from == last && TIME_WORDS.contains(words.get(from).lower())) return;
    String phrase = text.substring(words.get(from).begin(), words.get(last).end()).replaceAll("\\s+", " ");
    Tally t = tallies.computeIfAbsent(phrase, p -> new Tally());
    t.phrase = phrase;
    t.occurrences++;
    t.documents.add(doc);
    if (isLocative(words, from, last)) t.locative++;
    if (t.example == null) {
      int b = Math.max(0, words.get(from).begin() - 40);
      int e = Math.min(text.length(), words.get(last).end() + 40);
      t.example = text.substring(b, e).replaceAll("\\s+", " ").strip();
    }
  }

  private static boolean isLocative(List<Word> words, int from, int last) {
    if (last + 1 < words.size() && PLACE_NOUNS.contains(words.get(last + 1).lower())) return true;
    if (PLACE_NOUNS.contains(words.get(last).lower()) && from < last) return true;
    int k = from - 1;
    if (k >= 0 && words.get(k).lower().equals("the")) k--;
    if (k < 0) return false;
    String before = words.get(k).lower();
    if (LOCATIVES.contains(before)) return true;
    return before.equals("of") && k > 0 && LOCATIVE_HEADS.contains(words.get(k - 1).lower());
  }

  /** The phrases found so far, most occurrences first. */
  public List<Discovered> results() {
    Map<String, Tally> merged = mergeSurnames();
    List<Discovered> out = new ArrayList<>();
    for (Tally t : merged.values()) {
      boolean single = !t.phrase.contains(" ");
      if (t.occurrences < (single ? minSingleWordCount : minCount)) continue;
      if (single && seenLowerCase.contains(t.phrase.toLowerCase(Locale.ROOT))) continue;
      if (2 * t.locative > t.occurrences) continue;
      out.add(new Discovered(t.phrase, t.occurrences, t.documents.size(), t.example));
    }
    out.sort(Comparator.comparingInt(Discovered::occurrences).reversed()
        .thenComparing(Comparator.comparingInt(Discovered::documents).reversed())
        .thenComparing(Discovered::phrase));
    return out;
  }

  /** A single word that ends exactly one longer phrase counts for it: {@code Afandi} for {@code Mahmoud Afandi}. */
  private Map<String, Tally> mergeSurnames() {
    Map<String, List<Tally>> byLastWord = new HashMap<>();
    for (Tally t : tallies.values()) {
      int space = t.phrase.lastIndexOf(' ');
      if (space > 0) byLastWord.computeIfAbsent(t.phrase.substring(space + 1), k -> new ArrayList<>()).add(t);
    }
    Map<String, Tally> out = new LinkedHashMap<>();
    for (Tally t : tallies.values()) {
      List<Tally> longer = t.phrase.contains(" ") ? null : byLastWord.get(t.phrase);
      if (longer == null || longer.size() != 1) {
        out.merge(t.phrase, copy(t), CandidateDiscovery::sum);
        continue;
      }
      out.merge(longer.get(0).phrase, copy(t), CandidateDiscovery::sum);
      out.get(longer.get(0).phrase).phrase = longer.get(0).phrase;
      out.get(longer.get(0).phrase).example = longer.get(0).example;
    }
    return out;
  }

  private static Tally copy(Tally t) {
    Tally c = new Tally();
    c.phrase = t.phrase;
    c.occurrences = t.occurrences;
    c.locative = t.locative;
    c.documents.addAll(t.documents);
    c.example = t.example;
    return c;
  }

  private static Tally sum(Tally a, Tally b) {
    a.occurrences += b.occurrences;
    a.locative += b.locative;
    a.documents.addAll(b.documents);
    return a;
  }

  /** Words with apostrophes and hyphens inside ({@code al-Suwar}, {@code Russia's}), each with its case facts. */
  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i))
          || (isInnerMark(TextFolding.foldPunctuation(text.charAt(i))) && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
        i++;
      }
      String w = text.substring(b, i);
      // Possessive 's is not part of the name: "Russia's Lieutenant" is Russia, then Lieutenant.
      String folded = TextFolding.foldPunctuation(w);
      if (folded.endsWith("'s")) w = w.substring(0, w.length() - 2);
      out.add(new Word(b, b + w.length(), w, w.toLowerCase(Locale.ROOT), capitalised(w), sentenceStart(text, b)));
    }
    return out;
  }

  private static boolean isInnerMark(char c) {
    return c == '\'' || c == '-';
  }

  /** {@code Movement}, {@code SDF}, and {@code al-Suwar} (a particle before a capital) count as capitalised. */
  private static boolean capitalised(String w) {
    if (Character.isUpperCase(w.charAt(0))) return true;
    int dash = w.indexOf('-');
    return dash > 0 && dash + 1 < w.length() && CONNECTORS.contains(w.substring(0, dash).toLowerCase(Locale.ROOT))
        && Character.isUpperCase(w.charAt(dash + 1));
  }

  private static boolean sentenceStart(String text, int begin) {
    int k = begin - 1;
    while (k >= 0 && (text.charAt(k) == ' ' || isQuote(text.charAt(k)))) k--;
    if (k < 0) return true;
    char c = text.charAt(k);
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '…';
  }

  private static boolean isQuote(char c) {
    char f = TextFolding.foldPunctuation(c);
    return f == '"' || f == '\'' || f == '(' || f == '[';
  }

  /** Two words of one name are separated by spaces only: a comma or a full stop ends the name. */
  private static boolean adjacent(String text, Word a, Word b) {
    for (int k = a.end(); k < b.begin(); k++) {
      if (text.charAt(k) != ' ') return false;
    }
    return true;
  }
}
