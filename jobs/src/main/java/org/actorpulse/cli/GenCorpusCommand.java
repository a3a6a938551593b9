package org.actorpulse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.actorpulse.config.ConfigException;
import org.actorpulse.config.SettingsLoader;
import org.actorpulse.corpus.ArticleGenerator;
import org.actorpulse.corpus.CorpusSpec;
import org.actorpulse.corpus.CorpusSummary;
import org.actorpulse.corpus.CorpusWriter;
import org.actorpulse.corpus.InsertableAliases;
import org.actorpulse.corpus.SentencePool;
import org.actorpulse.corpus.Slant;
import org.actorpulse.dictionary.ActorDictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a synthetic but realistic corpus for benchmarks and count checks. */
@Command(name = "gen-corpus", mixinStandardHelpOptions = true,
    description = {"Generate dated JSON Lines articles from real news sentences, with actor aliases inserted at a "
        + "known rate, split by day (DIR/YYYY-MM-DD.jsonl), the truth in DIR/_truth.jsonl and totals in "
        + "DIR/_corpus.json (files the folder reader skips, so --input DIR reads the articles only)."})
public final class GenCorpusCommand implements Callable<Integer> {
  @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
  long articles;

  @Option(names = "--days", defaultValue = "30", paramLabel = "D", description = "Days covered (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--sources", defaultValue = "200", paramLabel = "S",
      description = "Distinct publishers, Zipf-distributed (default: ${DEFAULT-VALUE}).")
  int sources;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write; created if needed.")
  Path output;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "K", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--start", defaultValue = "2017-09-01", paramLabel = "DATE",
      converter = CommonOptions.DateConverter.class, description = "First day (default: ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FMT",
      description = "jsonl or jsonl.gz (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--mean-chars", defaultValue = "" + CorpusSpec.DEFAULT_MEAN_CHARS, paramLabel = "C",
      description = "Mean article length in characters (default: ${DEFAULT-VALUE}).")
  int meanChars;

  @Option(names = "--mentions-per-article", defaultValue = "" + CorpusSpec.DEFAULT_MENTIONS_PER_ARTICLE,
      paramLabel = "M", description = "Mean inserted actor mentions per article of mean length (default: ${DEFAULT-VALUE}).")
  double mentionsPerArticle;

  @Option(names = "--sentences", paramLabel = "FILE",
      description = "NewsMTSC-style JSON Lines with a 'sentence' field (default: <home>/../shared/data/newsmtsc/train.jsonl).")
  Path sentences;

  @Option(names = "--seed-article", paramLabel = "FILE",
      description = "A seed-style article whose sentences join the pool (default: "
          + "<home>/../shared/data/seed/000_87504b5c0eae03d5.txt; skipped when absent).")
  Path seedArticle;

  @Option(names = "--slant", paramLabel = "RANK=ACTOR",
      description = "Make one source harsher toward one actor: every inserted mention of ACTOR in the articles of "
          + "the source ranked RANK by size (1 = largest) sits in a hostile sentence, e.g. 2=RUS. The source's name "
          + "is recorded in _corpus.json.")
  String slant;

  @Option(names = "--dictionary", paramLabel = "PATH",
      description = "Actor dictionary whose aliases are inserted (default: the configured one, conf/actors).")
  Path dictionary;

  @Override
  public Integer call() throws IOException {
    CorpusSummary s = generate();
    System.out.printf(Locale.ROOT, "gen-corpus: %,d articles, %d files, %.1f MB (%.1f MB on disk), %,d inserted "
            + "mentions of %d actors in %.1f s (%.1f MB/s) -> %s%n", s.articles(), s.files().size(), s.textBytes() / 1e6,
        s.diskBytes() / 1e6, s.insertedMentions(), s.insertedByActor().size(), s.seconds(),
        s.textBytes() / 1e6 / Math.max(s.seconds(), 1e-3), output);
    return ExitCodes.OK;
  }

  /** Checks the options, then writes the corpus; for {@code bench} too. */
  CorpusSummary generate() throws IOException {
    if (!format.equals("jsonl") && !format.equals("jsonl.gz")) {
      throw new ConfigException("--format " + format + ": expected jsonl or jsonl.gz");
    }
    CorpusSpec spec;
    try {
      spec = new CorpusSpec(articles, days, sources, start, seed, format.equals("jsonl.gz"), meanChars,
          mentionsPerArticle, CorpusSpec.DEFAULT_MAX_FILE_BYTES, slant == null ? null : Slant.parse(slant));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    Path sentenceFile = existing("--sentences", sentences != null ? sentences : sharedData("newsmtsc/train.jsonl"));
    Path seedFile = seedArticle != null ? existing("--seed-article", seedArticle)
        : optional(sharedData("seed/000_87504b5c0eae03d5.txt"));
    Path dict = dictionary != null ? dictionary : SettingsLoader.load(null).dictionary();
    SentencePool pool = SentencePool.load(sentenceFile, seedFile);
    InsertableAliases aliases = InsertableAliases.from(ActorDictionary.load(dict));
    ArticleGenerator generator;
    try {
      generator = new ArticleGenerator(spec, pool, aliases);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--slant " + slant + ": " + e.getMessage());
    }
    return new CorpusWriter(spec, generator).write(output);
  }

  /** The shared data folder beside the actorpulse home, where the real sentences live (never copied into the repo). */
  private static Path sharedData(String relative) {
    String home = System.getProperty(SettingsLoader.HOME_PROPERTY);
    if (home == null || home.isBlank()) {
      throw new ConfigException("no actorpulse home: pass --sentences FILE (or run through scripts/actorpulse)");
    }
    return Path.of(home).resolve("../shared/data").resolve(relative).normalize();
  }

  private static Path existing(String option, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(option + " " + file + ": no such file (e.g. /work/shared/data/newsmtsc/train.jsonl)");
    }
    return file;
  }

  private static Path optional(Path file) {
    return Files.isRegularFile(file) ? file : null;
  }
}
