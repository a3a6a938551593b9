package org.actorpulse.corpus;

import java.util.Locale;

/** Made-up publisher hosts under the reserved {@code .example} domain, distinct for each number. */
final class SourceNames {
  private static final String[] PLACES = {"daily", "global", "metro", "capital", "national", "world", "city",
      "evening", "morning", "frontier", "coastal", "northern", "southern", "eastern", "western", "central"};
  private static final String[] KINDS = {"herald", "times", "post", "tribune", "gazette", "observer", "monitor",
      "journal", "courier", "dispatch", "chronicle", "record", "wire", "review", "news", "express"};

  private SourceNames() {}

  static String of(int number) {
    int combos = PLACES.length * KINDS.length;
    String base = PLACES[number % PLACES.length] + KINDS[(number / PLACES.length) % KINDS.length];
    int round = number / combos;
    return (round == 0 ? base : base + round).toLowerCase(Locale.ROOT) + ".example";
  }
}
