package org.actorpulse.dictionary;

import java.time.LocalDate;
import java.util.List;

/**
 * The second phase of matching: turns candidate occurrences of surface forms into actor matches by the
 * dictionary's rules (word boundaries, case of acronyms, longest match, date-bounded and contextual aliases,
 * exclusions). Any engine that finds candidates its own way (Aho-Corasick, Spark NLP's TextMatcher) gets the
 * same mentions by resolving through this. Immutable and safe to share across threads.
 */
public interface MentionResolver {
  /** @param candidates in any order, overlaps allowed; @return matches in text order, none overlapping */
  List<ActorMatch> resolve(String text, LocalDate date, List<Candidate> candidates);
}
