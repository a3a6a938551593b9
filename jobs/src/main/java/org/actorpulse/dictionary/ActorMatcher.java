package org.actorpulse.dictionary;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds the actors a whole article mentions. Whole article, because contextual aliases ({@code regime forces})
 * resolve only where the article's other mentions say which country is meant.
 *
 * <p>Implementations are immutable after construction and safe to share across threads.
 */
public interface ActorMatcher {
  /** Matches in text order, none overlapping. {@code date} selects date-bounded aliases; null ignores them. */
  List<ActorMatch> find(String text, LocalDate date);
}
