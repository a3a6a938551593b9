package org.actorpulse.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.actorpulse.dedup.NearDuplicateOptions;
import org.actorpulse.dictionary.MatchOptions;
import org.actorpulse.stats.Granularity;
import org.actorpulse.stats.ShiftTest;

/**
 * Everything the configuration file says, read once at the edge. Immutable; stages receive the parts they need
 * and never read files or the environment themselves.
 *
 * @param sources the files the settings were read from, most specific first (for the runs manifest)
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
    List<Granularity> granularities,
    ShiftTest shiftTest,
    long discoverMinCount,
    long discoverMinSingleWordCount,
    NearDuplicateOptions nearDuplicates,
    Map<String, String> spark) {

  public static final List<String> ENGINES = List.of("fast", "sparknlp");
  public static final List<String> SCORERS = List.of("rules", "model");

  public Settings {
    sources = List.copyOf(sources);
    fieldNames = Map.copyOf(fieldNames);
    granularities = List.copyOf(granularities);
    spark = Map.copyOf(spark);
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
  }
}
