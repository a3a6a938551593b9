package org.actorpulse.corpus;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One generated article and its truth. Immutable.
 *
 * @param published the publication instant as written in the record, ISO-8601 in UTC ({@code 2017-09-01T08:15:00Z})
 * @param inserted  actor id to the number of aliases of it the generator put into {@code text}; the text may name
 *                  further actors on its own, as the real sentences do
 */
public record GeneratedArticle(String id, LocalDate date, String published, String source, String url, String title,
                               String text, Map<String, Integer> inserted) {
  public GeneratedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    inserted = Collections.unmodifiableSortedMap(new TreeMap<>(inserted)); // sorted: stable truth files
  }

  public int insertedMentions() {
    return inserted.values().stream().mapToInt(Integer::intValue).sum();
  }
}
