package org.actorpulse.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Says which alias matched where and why, and why the others did not: the logic behind
 * {@code actorpulse dict explain}. Runs the same finder and resolver as {@link ActorDictionary#newMatcher()},
 * recording each decision. Builds its own trie, so build one per session, not per text. Thread-safe.
 */
public final class MatchExplainer {
  private final AhoCorasickMatcher finder;
  private final DictionaryResolver resolver;

  public MatchExplainer(ActorDictionary dictionary) {
    this(dictionary, MatchOptions.DEFAULTS);
  }

  public MatchExplainer(ActorDictionary dictionary, MatchOptions options) {
    this.resolver = new DictionaryResolver(dictionary, options);
    this.finder = new AhoCorasickMatcher(dictionary, resolver);
  }

  /** The matches (as {@link ActorMatcher#find} gives them) and every decision behind them, in text order. */
  public Explanation explain(String text, LocalDate date) {
    List<AliasDecision> decisions = new ArrayList<>();
    DictionaryResolver.Trace recorder = new DictionaryResolver.Trace() {
      @Override
      public boolean on() {
        return true;
      }

      @Override
      public void decide(int begin, int end, Alias alias, Verdict verdict, String detail) {
        decisions.add(new AliasDecision(begin, end, text.substring(begin, end), alias, verdict, detail));
      }
    };
    List<ActorMatch> matches = resolver.resolve(text, date, finder.candidates(text, false), recorder);
    decisions.sort(Comparator.comparingInt(AliasDecision::begin).thenComparing(AliasDecision::end, Comparator.reverseOrder()));
    return new Explanation(matches, decisions);
  }

  /**
   * What {@link #explain} found.
   *
   * @param matches   the mentions, exactly as the matcher gives them
   * @param decisions every alias considered at every place, in text order
   */
  public record Explanation(List<ActorMatch> matches, List<AliasDecision> decisions) {
    public Explanation {
      matches = List.copyOf(matches);
      decisions = List.copyOf(decisions);
    }

    /** Only the decisions with this verdict. */
    public List<AliasDecision> with(Verdict verdict) {
      return decisions.stream().filter(d -> d.verdict() == verdict).toList();
    }

    /** One line per decision; {@code verbose} false leaves out the phrases found inside words. */
    public String report(boolean verbose) {
      StringBuilder sb = new StringBuilder();
      sb.append(matches.size()).append(matches.size() == 1 ? " mention\n" : " mentions\n");
      for (AliasDecision d : decisions) {
        if (verbose || d.verdict() != Verdict.INSIDE_WORD) sb.append(d).append('\n');
      }
      return sb.toString();
    }
  }
}
