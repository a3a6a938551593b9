package org.actorpulse.ingest.html;

import java.util.List;

/**
 * What a page says about its article. Immutable.
 *
 * @param title the {@code og:title}, else the {@code <title>}; null when the page has neither
 * @param dates the publication dates the page states, as written, most trusted first ({@link PageDates}); the
 *              reader takes the first that parses
 * @param text  the article body, paragraphs separated by a blank line; empty when none was found
 */
public record PageContent(String title, List<String> dates, String text) {
  public PageContent {
    dates = List.copyOf(dates);
  }
}
