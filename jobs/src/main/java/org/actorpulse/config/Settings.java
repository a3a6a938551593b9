package org.actorpulse.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.actorpulse.dedup.NearDuplicateOptions;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.ingest.SourceAliases;
import org.actorpulse.ingest.html.HtmlMode;
import org.actorpulse.ingest.language.LanguagePolicy;
import org.actorpulse.stats.DivergenceTest;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.ShiftTest;

/**
 * Everything the configuration file says, read once at the edge. Immutable; stages receive the parts they need
 * and never read files or the environment themselves.
 *
 * @param sources             the files the settings were read from, most specific first (for the runs manifest)
 * @param html                when text fields of JSON, CSV and Parquet inputs are read as HTML
 * @param languages           the article languages ingest keeps
 * @param dictionaryLanguages the languages the actor dictionary has aliases in; every accepted language must
 *                            be one of them
 */
public record Settings(
    List<Path> sources,
    Path dictionary,
    MatchOptions matching,
    String engine,
    String sentimentScorer,
    Path lexicons,
    Path sentimentModel,
    int maxChars,
    Map<String, List<String>> fieldNames,
    SourceAliases sourceAliases,
    List<Granularity> granularities,
    ShiftTest shiftTest,
    DivergenceTest divergenceTest,
    long discoverMinCount,
    long discoverMinSingleWordCount,
    Map<String, String> spark,
    HtmlMode html,
    LanguagePolicy languages,
    List<String> dictionaryLanguages,
    NearDuplicateOptions nearDuplicates) {

  public static final List<String> ENGINES = List.of("fast", "sparknlp");
  public static final List<String> SCORERS = List.of("rules", "model");

  public Settings {
    sources = List.copyOf(sources);
    fieldNames = Map.copyOf(fieldNames);
    granularities = List.copyOf(granularities);
    spark = Map.copyOf(spark);
    dictionaryLanguages = List.copyOf(dictionaryLanguages);
    if (!ENGINES.contains(engine)) {
      throw new ConfigException("actorpulse.engine = \"" + engine + "\": expected one of " + ENGINES);
    }
    if (!SCORERS.contains(sentimentScorer)) {
      throw new ConfigException("actorpulse.sentiment.scorer = \"" + sentimentScorer + "\": expected one of " + SCORERS);
    }
    if (maxChars < 1000) throw new ConfigException("actorpulse.ingest.max-chars = " + maxChars + ": expected >= 1000");
    if (granularities.isEmpty()) throw new ConfigException("actorpulse.aggregate.granularities is empty");
    if (discoverMinCount < 1 || discoverMinSingleWordCount < 1) {
      throw new ConfigException("actorpulse.discover.min-count and min-single-word-count must be >= 1");
    }
    for (String language : languages.accepted()) {
      // Aliases match as written: a French article against English aliases finds next to nothing, silently.
      if (!dictionaryLanguages.contains(language)) {
        throw new ConfigException("actorpulse.languages.accepted lists \"" + language + "\", but the actor dictionary"
            + " has no aliases in it (actorpulse.languages.dictionary = " + dictionaryLanguages + "): add " + language
            + " aliases to the dictionary and list " + language + " in languages.dictionary, or remove it from"
            + " languages.accepted");
      }
    }
  }
}
