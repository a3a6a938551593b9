package org.actorpulse.analysis.sparknlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.Candidate;
import org.actorpulse.dictionary.MentionResolver;

/**
 * A stand-in for the dictionary's resolver in tests of the Spark NLP part: every candidate is a match of the
 * actor named by its phrase in upper case, longest first where candidates overlap.
 */
final class EveryCandidateResolver implements MentionResolver {
  private final List<String> phrases;

  EveryCandidateResolver(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  @Override
  public List<ActorMatch> resolve(String text, LocalDate date, List<Candidate> candidates) {
    List<Candidate> byLength = new ArrayList<>(candidates);
    byLength.sort(Comparator.comparingInt((Candidate c) -> c.begin() - c.end()).thenComparingInt(Candidate::begin));
    List<ActorMatch> kept = new ArrayList<>();
    for (Candidate c : byLength) {
      boolean overlaps = kept.stream().anyMatch(m -> m.begin() < c.end() && c.begin() < m.end());
      if (!overlaps) {
        kept.add(new ActorMatch(phrases.get(c.form()).toUpperCase(), text.substring(c.begin(), c.end()), c.begin(), c.end()));
      }
    }
    kept.sort(Comparator.comparingInt(ActorMatch::begin));
    return kept;
  }
}
