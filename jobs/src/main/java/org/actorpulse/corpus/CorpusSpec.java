package org.actorpulse.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a generated corpus looks like. Immutable; the same spec and the same sources (sentences, dictionary) give
 * byte-identical files.
 *
 * @param articles           number of articles, spread evenly over the days (earlier days take the remainder)
 * @param days               consecutive days from {@code start}, one or more files each
 * @param sources            distinct publishers; their shares follow a Zipf law, as real feeds do
 * @param meanChars          mean article length in characters (lengths are log-normal around it)
 * @param mentionsPerArticle mean number of inserted actor mentions in an article of mean length
 * @param maxFileBytes       a day's file rolls over to a new part after this many uncompressed bytes
 * @param slant              a source harsher toward one actor than the rest, or null for none
 */
public record CorpusSpec(long articles, int days, int sources, LocalDate start, long seed, boolean gzip,
                         int meanChars, double mentionsPerArticle, long maxFileBytes, Slant slant) {
  public static final int DEFAULT_MEAN_CHARS = 4_000;
  public static final double DEFAULT_MENTIONS_PER_ARTICLE = 4.0;
  /** Large enough for few files, small enough that a day splits into several Spark tasks at 1M articles. */
  public static final long DEFAULT_MAX_FILE_BYTES = 128L << 20;

  public CorpusSpec {
    Objects.requireNonNull(start, "start");
    if (articles < 1) throw new IllegalArgumentException("articles must be at least 1, got " + articles);
    if (days < 1) throw new IllegalArgumentException("days must be at least 1, got " + days);
    if (sources < 1) throw new IllegalArgumentException("sources must be at least 1, got " + sources);
    if (meanChars < 200) throw new IllegalArgumentException("meanChars must be at least 200, got " + meanChars);
    if (mentionsPerArticle < 0) {
      throw new IllegalArgumentException("mentionsPerArticle must not be negative, got " + mentionsPerArticle);
    }
    if (maxFileBytes < 1024) throw new IllegalArgumentException("maxFileBytes must be at least 1024, got " + maxFileBytes);
    if (slant != null && slant.sourceRank() > sources) {
      throw new IllegalArgumentException("slant source rank " + slant.sourceRank() + " is beyond the " + sources
          + " sources");
    }
  }

  /** A spec with the default size, mention rate and file size. */
  public static CorpusSpec of(long articles, int days, int sources, LocalDate start, long seed, boolean gzip) {
    return new CorpusSpec(articles, days, sources, start, seed, gzip, DEFAULT_MEAN_CHARS,
        DEFAULT_MENTIONS_PER_ARTICLE, DEFAULT_MAX_FILE_BYTES, null);
  }

  /** Index of the first article of day {@code d} (0-based); {@code firstArticleOfDay(days)} is {@code articles}. */
  public long firstArticleOfDay(int d) {
    return Math.floorDiv(articles * d, (long) days);
  }

  public CorpusSpec withSlant(Slant s) {
    return new CorpusSpec(articles, days, sources, start, seed, gzip, meanChars, mentionsPerArticle, maxFileBytes, s);
  }

  public LocalDate day(int d) {
    return start.plusDays(d);
  }
}
