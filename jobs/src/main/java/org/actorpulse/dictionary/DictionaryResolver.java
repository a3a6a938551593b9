package org.actorpulse.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The dictionary's matching rules, applied to candidates found by any engine. Immutable and thread-safe: all
 * state of one call lives on its stack.
 *
 * <p>The rules, in the order they apply:
 * <ol>
 *   <li>The candidate's text must fold to its surface form (an engine's candidate that does not spell the form
 *       is dropped, so two engines cannot disagree through sloppy spans).</li>
 *   <li>Word boundaries: no letter or digit right before or after ({@code Isba} is not {@code IS},
 *       {@code TURKEYS} is not {@code Turkey}); hyphens and apostrophes are boundaries, so {@code pro-SDF},
 *       {@code ISIS-held}, {@code US-backed} and {@code Russia's} / {@code Russia’s} match.</li>
 *   <li>Acronyms match only in the case written; names and demonyms written with a capital need one
 *       ({@link MatchOptions#properNounsCapitalised()}); date-bounded aliases only on dates in their bounds (never on
 *       an undated text); demonyms only if {@link MatchOptions#demonyms()}.</li>
 *   <li>Exclusions: an alias occurrence inside an occurrence of one of its actor's exclusion phrases is dropped.</li>
 *   <li>Longest match wins: occurrences are taken longest first (then leftmost); one overlapping a taken one is
 *       dropped.</li>
 *   <li>Contextual aliases resolve to the claiming actor whose country the article mentions most by
 *       non-contextual aliases (mentions of the country or of any actor below it along parents); none
 *       mentioned, or a tie, gives no mention.</li>
 *   <li>An alias of the same actor in parentheses right after a mention is folded into it:
 *       {@code Syrian Democratic Forces (SDF)} is one mention.</li>
 * </ol>
 */
final class DictionaryResolver implements MentionResolver {
  private final ActorDictionary dictionary;
  private final MatchOptions options;
  private final List<String> forms;
  private final List<List<Alias>> aliasesByForm;

  DictionaryResolver(ActorDictionary dictionary, MatchOptions options) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.options = Objects.requireNonNull(options, "options");
    this.forms = dictionary.surfaceForms();
    this.aliasesByForm = dictionary.aliasesByForm();
  }

  /**
   * Where aliases could name an actor: for names, the claiming actors in dictionary order (the first wins);
   * for contextual aliases, every claimant, one of which the article's context may pick.
   */
  private record Occurrence(int begin, int end, List<String> actorIds) {
    int length() {
      return end - begin;
    }

    String actorId() {
      return actorIds.get(0);
    }

    long span() {
      return ((long) begin << 32) | end;
    }

    Occurrence without(List<Excluded> excluded) {
      List<String> kept = new ArrayList<>(actorIds.size());
      for (String id : actorIds) {
        if (!isExcluded(excluded, id, begin, end)) kept.add(id);
      }
      return kept.size() == actorIds.size() ? this : new Occurrence(begin, end, kept);
    }
  }

  private record Excluded(String actorId, int begin, int end) {}

  private static List<String> add(List<String> list, String id) {
    List<String> out = list == null ? new ArrayList<>(2) : list;
    if (!out.contains(id)) out.add(id);
    return out;
  }

  @Override
  public List<ActorMatch> resolve(String text, LocalDate date, List<Candidate> candidates) {
    List<Occurrence> named = new ArrayList<>();
    List<Occurrence> contextual = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.form() >= forms.size()) {
        throw new IllegalArgumentException("candidate form " + c.form() + " outside the " + forms.size() + " forms");
      }
      if (c.end() > text.length()) {
        throw new IllegalArgumentException("candidate [" + c.begin() + ", " + c.end() + ") outside a text of "
            + text.length() + " chars");
      }
      if (!spells(text, c.begin(), forms.get(c.form())) || !atWordBoundaries(text, c.begin(), c.end())) continue;
      List<String> namedBy = null;
      List<String> contextualOf = null;
      boolean capital = Character.isUpperCase(text.charAt(c.begin()));
      for (Alias alias : aliasesByForm.get(c.form())) {
        if (!alias.validOn(date)) continue;
        if (!capital && options.properNounsCapitalised() && alias.capitalised()) continue;
        switch (alias.kind()) {
          case EXCLUSION -> excluded.add(new Excluded(alias.actorId(), c.begin(), c.end()));
          case CONTEXTUAL -> contextualOf = add(contextualOf, alias.actorId());
          case DEMONYM -> {
            if (options.demonyms()) namedBy = add(namedBy, alias.actorId());
          }
          case ACRONYM -> {
            if (spellsExactly(text, c.begin(), alias.phrase())) namedBy = add(namedBy, alias.actorId());
          }
          case NAME -> namedBy = add(namedBy, alias.actorId());
        }
      }
      if (namedBy != null) named.add(new Occurrence(c.begin(), c.end(), namedBy));
      if (contextualOf != null) contextual.add(new Occurrence(c.begin(), c.end(), contextualOf));
    }
    if (!excluded.isEmpty()) {
      named.replaceAll(o -> o.without(excluded));
      contextual.replaceAll(o -> o.without(excluded));
    }
    // A phrase claimed by several actors names the first in dictionary order that no exclusion removed.
    named.removeIf(o -> o.actorIds().isEmpty());
    // A name beats a contextual reading of the same phrase: the dictionary said what it is outright.
    Set<Long> namedSpans = new HashSet<>();
    for (Occurrence o : named) namedSpans.add(o.span());
    contextual.removeIf(o -> o.actorIds().isEmpty() || namedSpans.contains(o.span()));

    List<Occurrence> all = new ArrayList<>(named);
    if (!contextual.isEmpty()) {
      Map<String, Integer> context = countLineages(longestFirst(named, text.length()));
      for (Occurrence o : contextual) {
        String actorId = mostMentionedCountry(o.actorIds(), context);
        if (actorId != null) all.add(new Occurrence(o.begin(), o.end(), List.of(actorId)));
      }
    }
    List<Occurrence> chosen = longestFirst(all, text.length());
    chosen.sort(Comparator.comparingInt(Occurrence::begin));
    return foldParenthesised(text, chosen);
  }

  /** Whether the text at {@code begin} folds to {@code form}, without allocating. */
  private static boolean spells(String text, int begin, String form) {
    for (int i = 0; i < form.length(); i++) {
      if (TextFolding.foldForSearch(text.charAt(begin + i)) != form.charAt(i)) return false;
    }
    return true;
  }

  private static boolean spellsExactly(String text, int begin, String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      if (TextFolding.foldPunctuation(text.charAt(begin + i)) != phrase.charAt(i)) return false;
    }
    return true;
  }

  private static boolean atWordBoundaries(String text, int begin, int end) {
    return (begin == 0 || !TextFolding.isWordChar(text.charAt(begin - 1)))
        && (end == text.length() || !TextFolding.isWordChar(text.charAt(end)));
  }

  private static boolean isExcluded(List<Excluded> excluded, String actorId, int begin, int end) {
    for (Excluded x : excluded) {
      if (x.actorId().equals(actorId) && x.begin() <= begin && end <= x.end()) return true;
    }
    return false;
  }

  /** Longest first, then leftmost; an occurrence overlapping one already taken is dropped. */
  private static List<Occurrence> longestFirst(List<Occurrence> occurrences, int textLength) {
    List<Occurrence> sorted = new ArrayList<>(occurrences);
    sorted.sort(Comparator.comparingInt(Occurrence::length).reversed().thenComparingInt(Occurrence::begin));
    BitSet taken = new BitSet(textLength);
    List<Occurrence> out = new ArrayList<>();
    for (Occurrence o : sorted) {
      int firstTaken = taken.nextSetBit(o.begin());
      if (firstTaken >= 0 && firstTaken < o.end()) continue;
      taken.set(o.begin(), o.end());
      out.add(o);
    }
    return out;
  }

  /** Mentions per actor id, each mention counted for its actor and every ancestor. */
  private Map<String, Integer> countLineages(List<Occurrence> mentions) {
    Map<String, Integer> counts = new HashMap<>();
    for (Occurrence o : mentions) {
      for (String id : dictionary.lineage(o.actorId())) counts.merge(id, 1, Integer::sum);
    }
    return counts;
  }

  /** The claimant whose country has most mentions; null if none is mentioned or two countries tie. */
  private String mostMentionedCountry(List<String> claimants, Map<String, Integer> context) {
    String best = null;
    String bestCountry = null;
    int bestCount = 0;
    boolean tie = false;
    for (String id : claimants) {
      String country = dictionary.countryOf(id);
      int n = context.getOrDefault(country, 0);
      if (n > bestCount) {
        best = id;
        bestCountry = country;
        bestCount = n;
        tie = false;
      } else if (n == bestCount && n > 0 && !country.equals(bestCountry)) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static List<ActorMatch> foldParenthesised(String text, List<Occurrence> sorted) {
    List<ActorMatch> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Occurrence o = sorted.get(i);
      int end = o.end();
      if (i + 1 < sorted.size()) {
        Occurrence next = sorted.get(i + 1);
        int close = next.actorId().equals(o.actorId()) ? closingParenthesis(text, o.end(), next) : -1;
        if (close >= 0) {
          end = close + 1;
          i++;
        }
      }
      out.add(new ActorMatch(o.actorId(), text.substring(o.begin(), end), o.begin(), end));
    }
    return out;
  }

  /** The offset of {@code )} if {@code inner} stands alone in parentheses right after {@code from}; else -1. */
  private static int closingParenthesis(String text, int from, Occurrence inner) {
    int i = skipSpaces(text, from, inner.begin());
    if (i >= inner.begin() || text.charAt(i) != '(') return -1;
    if (skipSpaces(text, i + 1, inner.begin()) != inner.begin()) return -1;
    int j = skipSpaces(text, inner.end(), text.length());
    return j < text.length() && text.charAt(j) == ')' ? j : -1;
  }

  private static int skipSpaces(String text, int from, int limit) {
    int i = from;
    while (i < limit && Character.isWhitespace(text.charAt(i))) i++;
    return i;
  }
}
