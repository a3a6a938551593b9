package org.actorpulse.sentiment;

import java.util.Set;

/** Closed-class English words the rules and the model's features key on. */
final class WordLists {
  private WordLists() {
  }

  /** Words that invert the polarity of what follows them (VADER's list, trimmed to what news prose uses). */
  static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
      "nowhere", "without", "cannot", "can't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't",
      "won't", "wouldn't", "shouldn't", "couldn't", "hasn't", "haven't", "hadn't", "mustn't", "ain't", "lack",
      "lacks", "lacked", "rarely", "seldom", "despite");

  static final Set<String> BOOSTERS = Set.of("absolutely", "amazingly", "awfully", "completely", "considerably",
      "deeply", "enormously", "entirely", "especially", "exceptionally", "extremely", "greatly", "highly", "hugely",
      "incredibly", "intensely", "particularly", "really", "remarkably", "so", "strongly", "substantially",
      "thoroughly", "totally", "tremendously", "truly", "unusually", "utterly", "very", "most", "more");

  static final Set<String> DAMPENERS = Set.of("almost", "barely", "hardly", "less", "little", "marginally",
      "partly", "scarcely", "slightly", "somewhat", "relatively", "fairly");

  /** Contrast: what follows outweighs what precedes (VADER's "but" rule). */
  static final Set<String> CONTRASTS = Set.of("but", "however", "although", "though", "yet");

  /** Verbs of saying: a target next to one is usually the speaker, and a speaker is not what is spoken about. */
  static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "saying", "told", "tells", "added", "adds",
      "stated", "states", "argued", "argues", "claimed", "claims", "wrote", "writes", "tweeted", "explained",
      "noted", "notes", "insisted", "asserted", "declared", "announced", "warned", "warns", "stressed", "replied",
      "responded", "acknowledged", "admitted", "contended", "maintained", "suggested", "urged", "asked", "recalled",
      "reported", "remarked", "commented", "predicted", "observed", "concluded", "emphasized", "testified",
      "posted", "believes", "believed", "thinks", "thought", "called", "calls", "described", "describes");

  /**
   * Verbs whose polarity lands on their object, not their subject: in "X accused Y of ..." the accusation is
   * about Y. When the target is the subject these words barely count.
   */
  static final Set<String> DIRECTED_VERBS = Set.of("accused", "accuses", "accuse", "accusing", "blamed", "blames",
      "blame", "blaming", "criticized", "criticised", "criticizes", "criticize", "criticizing", "condemned",
      "condemns", "condemn", "denounced", "denounces", "attacked", "attacks", "slammed", "slams", "blasted",
      "blasts", "lambasted", "rebuked", "chastised", "mocked", "ridiculed", "charged", "sued", "praised", "praises",
      "praise", "thanked", "thanks", "applauded", "commended", "congratulated", "hailed", "defended", "defends",
      "supported", "supports", "endorsed", "endorses", "backed", "backs", "opposed", "opposes", "rejected",
      "rejects", "dismissed", "questioned", "targeted", "warned", "urged", "called");

  /** Accusation verbs: what follows (the "of ..." complement) is charged against the object, so it is negative. */
  static final Set<String> ACCUSATIONS = Set.of("accused", "accuses", "accuse", "accusing", "blamed", "blames",
      "blame", "blaming", "charged", "suspected", "convicted", "indicted", "alleged", "allegedly");

  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his", "their", "i", "we",
      "you");

  /** Forms of "be" (and "get") that make the next participle passive: "X was accused" is about X. */
  static final Set<String> PASSIVE_AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "get",
      "got", "gets", "getting");

  static boolean isNegator(String word) {
    return NEGATORS.contains(word) || word.endsWith("n't");
  }
}
