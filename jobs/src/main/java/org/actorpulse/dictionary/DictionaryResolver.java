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
import org.actorpulse.text.Tokens;

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
 *   <li>Acronyms match only in the case written, and not in a sentence written in capitals; names and
 *       demonyms written with a capital need one ({@link MatchOptions#properNounsCapitalised()}); date-bounded
 *       aliases only on dates in their bounds (never on an undated text); demonyms only if
 *       {@link MatchOptions#demonyms()}.</li>
 *   <li>Exclusions: an alias occurrence inside an occurrence of one of its actor's exclusion phrases is dropped.</li>
 *   <li>A phrase several actors claim names the first in dictionary order.</li>
 *   <li>Longest match wins among names, acronyms and demonyms: occurrences are taken longest first (then
 *       leftmost); one overlapping a taken one is dropped.</li>
 *   <li>Contextual aliases come after: one overlapping a taken name is dropped (a name is specific, a contextual
 *       phrase generic); the others resolve to the claiming actor whose country the taken names mention most
 *       (the country or any actor below it along parents); none mentioned, or a tie, gives no mention. Longest
 *       first again among them.</li>
 *   <li>An alias of the same actor in parentheses right after a mention is folded into it:
 *       {@code Syrian Democratic Forces (SDF)} is one mention.</li>
 * </ol>
 */
final class DictionaryResolver implements MentionResolver {
  /** Receives every decision, for {@link MatchExplainer}; the matching path uses {@link #SILENT}. */
  interface Trace {
    /** False lets the resolver skip building detail strings. */
    boolean on();

    void decide(int begin, int end, Alias alias, Verdict verdict, String detail);
  }

  static final Trace SILENT = new Trace() {
    @Override
    public boolean on() {
      return false;
    }

    @Override
    public void decide(int begin, int end, Alias alias, Verdict verdict, String detail) {}
  };

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
   * Where aliases could name an actor: for names, the claiming aliases in dictionary order, one per actor (the
   * first wins); for contextual aliases, every claimant, one of which the article's context may pick.
   *
   * @param why for the explainer: how a contextual alias was resolved, else null
   */
  private record Occurrence(int begin, int end, List<Alias> aliases, String why) {
    int length() {
      return end - begin;
    }

    String actorId() {
      return aliases.get(0).actorId();
    }

    boolean overlaps(Occurrence o) {
      return begin < o.end && o.begin < end;
    }
  }

  private record Excluded(String actorId, int begin, int end) {}

  @Override
  public List<ActorMatch> resolve(String text, LocalDate date, List<Candidate> candidates) {
    return resolve(text, date, candidates, SILENT);
  }

  List<ActorMatch> resolve(String text, LocalDate date, List<Candidate> candidates, Trace trace) {
    Gathered g = gather(text, date, candidates, trace);
    List<Occurrence> dropped = trace.on() ? new ArrayList<>() : null;
    List<Occurrence> chosen = longestFirst(g.named(), text.length(), dropped);
    if (!g.contextual().isEmpty()) chosen.addAll(chooseContextual(text, g.contextual(), chosen, dropped, trace));
    if (dropped != null) {
      for (Occurrence o : dropped) {
        decideAll(trace, o, Verdict.OVERLAPPED, "by \"" + winnerText(text, chosen, o) + "\"");
      }
    }
    chosen.sort(Comparator.comparingInt(Occurrence::begin));
    return foldParenthesised(text, chosen, trace);
  }

  /** Occurrences of names (acronyms, demonyms) and of contextual phrases, exclusions applied. */
  private record Gathered(List<Occurrence> named, List<Occurrence> contextual) {}

  /** Rules 1 to 5: each candidate's aliases that may name an actor here. */
  private Gathered gather(String text, LocalDate date, List<Candidate> candidates, Trace trace) {
    List<Occurrence> named = new ArrayList<>();
    List<Occurrence> contextual = new ArrayList<>();
    List<Excluded> excluded = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.form() >= forms.size()) {
        throw new IllegalArgumentException("candidate form " + c.form() + " outside the " + forms.size() + " forms");
      }
      if (c.end() > text.length()) {
        throw new IllegalArgumentException("candidate [" + c.begin() + ", " + c.end() + ") outside a text of "
            + text.length() + " chars");
      }
      String form = forms.get(c.form());
      if (c.end() - c.begin() != form.length() || !spells(text, c.begin(), form)) continue;
      // One span spells one form: a repeated candidate (engines may report one twice) adds nothing.
      if (!seen.add(((long) c.begin() << 32) | c.end())) continue;
      List<Alias> aliases = aliasesByForm.get(c.form());
      if (!atWordBoundaries(text, c.begin(), c.end())) {
        if (trace.on()) aliases.forEach(a -> trace.decide(c.begin(), c.end(), a, Verdict.INSIDE_WORD, ""));
        continue;
      }
      List<Alias> namedBy = null;
      List<Alias> contextualOf = null;
      for (Alias alias : aliases) {
        Verdict rejected = rejection(text, date, c, alias);
        if (rejected != null) {
          if (trace.on()) {
            trace.decide(c.begin(), c.end(), alias, rejected, rejected == Verdict.OUTSIDE_DATES
                ? (date == null ? "the text has no date" : "text dated " + date) : "");
          }
          continue;
        }
        switch (alias.kind()) {
          case EXCLUSION -> {
            excluded.add(new Excluded(alias.actorId(), c.begin(), c.end()));
            trace.decide(c.begin(), c.end(), alias, Verdict.EXCLUSION, "");
          }
          case CONTEXTUAL -> contextualOf = addActor(contextualOf, alias);
          case NAME, ACRONYM, DEMONYM -> namedBy = addActor(namedBy, alias);
        }
      }
      if (namedBy != null) named.add(new Occurrence(c.begin(), c.end(), namedBy, null));
      if (contextualOf != null) contextual.add(new Occurrence(c.begin(), c.end(), contextualOf, null));
    }
    if (!excluded.isEmpty()) {
      named.replaceAll(o -> without(o, excluded, text, trace));
      contextual.replaceAll(o -> without(o, excluded, text, trace));
      named.removeIf(o -> o.aliases().isEmpty());
      contextual.removeIf(o -> o.aliases().isEmpty());
    }
    return new Gathered(named, contextual);
  }

  /** Why an alias cannot name its actor at this candidate (case, dates, options), or null if it can. */
  private Verdict rejection(String text, LocalDate date, Candidate c, Alias alias) {
    if (!alias.validOn(date)) return Verdict.OUTSIDE_DATES;
    if (options.properNounsCapitalised() && alias.capitalised() && !Character.isUpperCase(text.charAt(c.begin()))) {
      return Verdict.NEEDS_CAPITAL;
    }
    if (alias.kind() == AliasKind.DEMONYM && !options.demonyms()) return Verdict.DEMONYMS_OFF;
    if (alias.kind() == AliasKind.ACRONYM) {
      if (!spellsExactly(text, c.begin(), alias.phrase())) return Verdict.CASE_DIFFERS;
      if (shouted(text, c.begin(), c.end())) return Verdict.SHOUTED;
    }
    return null;
  }

  /**
   * Rule 7. A name is specific, a contextual phrase generic: one overlapping a chosen name is no mention,
   * whatever the lengths ("Iraqi government forces" is IRQ.GOV by its name, not "government forces" by context).
   */
  private List<Occurrence> chooseContextual(String text, List<Occurrence> contextual, List<Occurrence> names,
                                            List<Occurrence> dropped, Trace trace) {
    BitSet taken = new BitSet(text.length());
    for (Occurrence o : names) taken.set(o.begin(), o.end());
    Map<String, Integer> context = countLineages(names);
    List<Occurrence> resolved = new ArrayList<>();
    for (Occurrence o : contextual) {
      int firstTaken = taken.nextSetBit(o.begin());
      if (firstTaken >= 0 && firstTaken < o.end()) {
        if (trace.on()) decideAll(trace, o, Verdict.NAME_WINS, "\"" + winnerText(text, names, o) + "\"");
        continue;
      }
      Occurrence r = resolveContext(o, context, trace);
      if (r != null) resolved.add(r);
    }
    return longestFirst(resolved, text.length(), dropped);
  }

  private static String winnerText(String text, List<Occurrence> chosen, Occurrence loser) {
    Occurrence winner = chosen.stream().filter(loser::overlaps).findFirst().orElseThrow();
    return text.substring(winner.begin(), winner.end());
  }

  private static List<Alias> addActor(List<Alias> list, Alias alias) {
    List<Alias> out = list == null ? new ArrayList<>(2) : list;
    for (Alias a : out) {
      if (a.actorId().equals(alias.actorId())) return out;
    }
    out.add(alias);
    return out;
  }

  private static Occurrence without(Occurrence o, List<Excluded> excluded, String text, Trace trace) {
    List<Alias> kept = new ArrayList<>(o.aliases().size());
    for (Alias a : o.aliases()) {
      Excluded x = exclusionOf(excluded, a.actorId(), o.begin(), o.end());
      if (x == null) kept.add(a);
      else trace.decide(o.begin(), o.end(), a, Verdict.EXCLUDED, trace.on() ? "\"" + text.substring(x.begin(), x.end()) + "\"" : "");
    }
    return kept.size() == o.aliases().size() ? o : new Occurrence(o.begin(), o.end(), kept, o.why());
  }

  private static void decideAll(Trace trace, Occurrence o, Verdict verdict, String detail) {
    for (Alias a : o.aliases()) trace.decide(o.begin(), o.end(), a, verdict, detail);
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

  /**
   * Whether the sentence around {@code [begin, end)} is written in capitals ({@code WHO IS TO BLAME?}): four
   * words or more of two letters or more, all upper case. Case says nothing there, so acronyms ({@code WHO},
   * {@code IS}, {@code US}) cannot be told from words. Looks at most 200 chars each way.
   */
  private static boolean shouted(String text, int begin, int end) {
    int from = begin;
    while (from > 0 && begin - from < 200 && !endsSentence(text.charAt(from - 1))) from--;
    int to = end;
    while (to < text.length() && to - end < 200 && !endsSentence(text.charAt(to))) to++;
    int words = 0;
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int b = i;
      boolean upper = true;
      while (i < to && Character.isLetter(text.charAt(i))) upper &= Character.isUpperCase(text.charAt(i++));
      if (i - b < 2) continue;
      if (!upper) return false;
      words++;
    }
    return words >= 4;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n';
  }

  private static boolean atWordBoundaries(String text, int begin, int end) {
    return (begin == 0 || !Tokens.isWordChar(text.charAt(begin - 1)))
        && (end == text.length() || !Tokens.isWordChar(text.charAt(end)));
  }

  private static Excluded exclusionOf(List<Excluded> excluded, String actorId, int begin, int end) {
    for (Excluded x : excluded) {
      if (x.actorId().equals(actorId) && x.begin() <= begin && end <= x.end()) return x;
    }
    return null;
  }

  /**
   * Longest first, then leftmost; an occurrence overlapping one already taken is dropped (into {@code dropped}
   * if not null).
   */
  private static List<Occurrence> longestFirst(List<Occurrence> occurrences, int textLength, List<Occurrence> dropped) {
    List<Occurrence> sorted = new ArrayList<>(occurrences);
    sorted.sort(Comparator.comparingInt(Occurrence::length).reversed().thenComparingInt(Occurrence::begin));
    BitSet taken = new BitSet(textLength);
    List<Occurrence> out = new ArrayList<>();
    for (Occurrence o : sorted) {
      int firstTaken = taken.nextSetBit(o.begin());
      if (firstTaken >= 0 && firstTaken < o.end()) {
        if (dropped != null) dropped.add(o);
        continue;
      }
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
  private Occurrence resolveContext(Occurrence o, Map<String, Integer> context, Trace trace) {
    Alias best = null;
    String bestCountry = null;
    int bestCount = 0;
    boolean tie = false;
    for (Alias claimant : o.aliases()) {
      String country = dictionary.countryOf(claimant.actorId());
      int n = context.getOrDefault(country, 0);
      if (n > bestCount) {
        best = claimant;
        bestCountry = country;
        bestCount = n;
        tie = false;
      } else if (n == bestCount && n > 0 && !country.equals(bestCountry)) {
        tie = true;
      }
    }
    if (best == null || tie) {
      decideAll(trace, o, best == null ? Verdict.NO_CONTEXT : Verdict.TIED_CONTEXT,
          best == null ? "" : bestCountry + " and another country " + mentions(bestCount) + " each");
      return null;
    }
    String why = trace.on() ? bestCountry + " " + mentions(bestCount) + ", the most" : null;
    for (Alias claimant : o.aliases()) {
      if (claimant != best) trace.decide(o.begin(), o.end(), claimant, Verdict.LOST_CONTEXT, why);
    }
    return new Occurrence(o.begin(), o.end(), List.of(best), why);
  }

  private static String mentions(int n) {
    return n == 1 ? "mentioned once" : "mentioned " + n + " times";
  }

  private static List<ActorMatch> foldParenthesised(String text, List<Occurrence> sorted, Trace trace) {
    List<ActorMatch> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Occurrence o = sorted.get(i);
      Occurrence folded = null;
      int end = o.end();
      if (i + 1 < sorted.size()) {
        Occurrence next = sorted.get(i + 1);
        int close = next.actorId().equals(o.actorId()) ? closingParenthesis(text, o.end(), next) : -1;
        if (close >= 0) {
          end = close + 1;
          folded = next;
          i++;
        }
      }
      ActorMatch match = new ActorMatch(o.actorId(), text.substring(o.begin(), end), o.begin(), end);
      out.add(match);
      if (trace.on()) {
        decideFirstAndClaims(trace, text, o, Verdict.MATCHED, o.why() == null ? "" : o.why());
        if (folded != null) decideFirstAndClaims(trace, text, folded, Verdict.FOLDED, "into \"" + match.surface() + "\"");
      }
    }
    return out;
  }

  private static void decideFirstAndClaims(Trace trace, String text, Occurrence o, Verdict verdict, String detail) {
    trace.decide(o.begin(), o.end(), o.aliases().get(0), verdict, detail);
    for (Alias later : o.aliases().subList(1, o.aliases().size())) {
      trace.decide(o.begin(), o.end(), later, Verdict.CLAIMED_FIRST, "by " + o.actorId());
    }
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
