package org.actorpulse.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.actorpulse.dictionary.ActorDictionary;

/** Shared inputs of the corpus tests: the project's real dictionary and sentences that name no actor. */
final class CorpusFixtures {
  static final LocalDate START = LocalDate.of(2017, 9, 1);

  /** Plain prose without any alias of the real dictionary, so every mention found was inserted. */
  static final SentencePool PLAIN_SENTENCES = new SentencePool(List.of(
      "The weather was mild on the morning the market opened.",
      "Residents said the road had been closed for most of the week.",
      "Prices of bread and fuel rose again, according to shopkeepers.",
      "A local doctor described the situation at the clinic as difficult.",
      "The bridge over the river was repaired after heavy rain last month.",
      "Teachers returned to the schools after a long summer break.",
      "Several families were seen leaving the village with their belongings.",
      "The council met late into the night to discuss the water supply."));

  private static ActorDictionary dictionary;

  private CorpusFixtures() {}

  static synchronized ActorDictionary dictionary() {
    if (dictionary == null) {
      Path home = Path.of(System.getProperty("actorpulse.home", ".."));
      dictionary = ActorDictionary.load(home.resolve("conf/actors"));
    }
    return dictionary;
  }

  static ArticleGenerator generator(CorpusSpec spec) {
    return new ArticleGenerator(spec, PLAIN_SENTENCES, InsertableAliases.from(dictionary()));
  }
}
