package org.actorpulse.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes article number {@code i} of a corpus from real sentences, with actor aliases inserted at a known rate.
 * Each article draws from its own random stream, derived from the seed and its index, so an article does not
 * depend on the ones before it (days can be generated in any order, or in parallel, with the same result).
 * Immutable and safe to share across threads.
 */
public final class ArticleGenerator {
  /**
   * Sentences that carry an inserted alias ({@code %s}); each follows a real sentence, so the alias sits in news
   * prose and the sentiment scorers see real context nearby.
   */
  static final String[] TEMPLATES = {
      InsertableAliases.PROBE,
      "Officials from %s did not respond to a request for comment.",
      "Analysts said %s was likely to respond in the coming days.",
      "The statement was later echoed by %s.",
      "A spokesman for %s declined to give further details.",
      "Critics accused %s of making the situation worse.",
      "The move was welcomed by %s, which called it a step forward.",
  };
  /** Sentences hostile to the actor in {@code %s}: what a {@link Slant}ed source says of its target. */
  static final String[] HOSTILE_TEMPLATES = {
      "Critics accused %s of making the situation worse.",
      "Rights groups condemned %s for the brutal killing of civilians.",
      "Witnesses said %s had looted homes and tortured prisoners.",
      "The deadly attack was blamed on %s, which has been widely denounced for its atrocities.",
  };
  /** The templates split at {@code %s}: a format string per mention would cost more than the rest of the article. */
  private static final String[][] TEMPLATE_PARTS = parts(TEMPLATES);
  private static final String[][] HOSTILE_PARTS = parts(HOSTILE_TEMPLATES);
  /** Spread of log article length: a median near 0.84 of the mean, a few articles five times the mean. */
  private static final double LENGTH_SIGMA = 0.6;
  /** Chance that a further mention repeats an actor the article already named: articles dwell on their subject. */
  private static final double REPEAT_ACTOR = 0.4;

  private final CorpusSpec spec;
  private final SentencePool sentences;
  private final InsertableAliases aliases;
  private final ZipfSampler actorSampler;
  private final ZipfSampler sourceSampler;
  private final String[] sourceNames;
  private final int slantSource;
  private final int slantActor;

  /** @throws IllegalArgumentException when the spec's slant names an actor without an insertable alias */
  public ArticleGenerator(CorpusSpec spec, SentencePool sentences, InsertableAliases aliases) {
    this.spec = spec;
    this.sentences = sentences;
    this.aliases = aliases;
    this.actorSampler = new ZipfSampler(aliases.actorCount(), 1.0);
    this.sourceSampler = new ZipfSampler(spec.sources(), 1.1);
    this.sourceNames = new String[spec.sources()];
    for (int s = 0; s < sourceNames.length; s++) sourceNames[s] = SourceNames.of(s);
    this.slantSource = spec.slant() == null ? -1 : spec.slant().sourceRank() - 1;
    this.slantActor = spec.slant() == null ? -1 : aliases.actorIds().indexOf(spec.slant().actorId());
    if (spec.slant() != null && slantActor < 0) {
      throw new IllegalArgumentException("slant actor " + spec.slant().actorId()
          + ": not in the dictionary, or it has no alias that names it alone");
    }
  }

  /** The source name of the source at this 0-based rank (0 publishes most). */
  public String sourceName(int rank) {
    return sourceNames[rank];
  }

  /** Article {@code index} (0-based) of the corpus, dated {@code date}. */
  public GeneratedArticle generate(long index, LocalDate date) {
    SplittableRandom random = new SplittableRandom(mix(spec.seed(), index));
    String id = hex16(random.nextLong());
    int sourceIndex = sourceSampler.next(random);
    String source = sourceNames[sourceIndex];
    int targetChars = targetChars(random);
    int mentions = poisson(random, spec.mentionsPerArticle() * targetChars / spec.meanChars());
    // Slots for the inserted sentences: about one per real sentence, so the mentions spread through the text.
    int expectedSentences = Math.max(1, (int) Math.round(targetChars / sentences.meanChars()));

    StringBuilder text = new StringBuilder(targetChars + 512);
    Map<String, Integer> inserted = new HashMap<>();
    List<Integer> named = new ArrayList<>();
    int paragraphLeft = 2 + random.nextInt(4);
    int sentencesSoFar = 0;
    while (text.length() < targetChars || mentions > 0) {
      if (text.length() > 0) {
        if (--paragraphLeft == 0) {
          text.append("\n\n");
          paragraphLeft = 2 + random.nextInt(4);
        } else {
          text.append(' ');
        }
      }
      text.append(sentences.get(random.nextInt(sentences.size())));
      sentencesSoFar++;
      int slotsLeft = Math.max(1, expectedSentences - sentencesSoFar + 1);
      boolean lastChance = text.length() >= targetChars;
      if (mentions > 0 && (lastChance || random.nextDouble() < (double) mentions / slotsLeft)) {
        int t = random.nextInt(TEMPLATE_PARTS.length);
        int actor = pickActor(random, named, inserted);
        // No extra random draw for the slant, so a corpus without one is the same as before slants existed.
        String[] template = sourceIndex == slantSource && actor == slantActor
            ? HOSTILE_PARTS[t % HOSTILE_PARTS.length] : TEMPLATE_PARTS[t];
        List<String> phrases = aliases.phrases(actor);
        text.append(' ').append(template[0]).append(phrases.get(random.nextInt(phrases.size()))).append(template[1]);
        mentions--;
      }
    }
    String title = title(sentences.get(random.nextInt(sentences.size())));
    int seconds = random.nextInt(86_400);
    String published = date + "T" + twoDigits(seconds / 3600) + ":" + twoDigits(seconds / 60 % 60) + ":"
        + twoDigits(seconds % 60) + "Z";
    String url = "https://" + source + "/" + date.toString().replace('-', '/') + "/" + id;
    return new GeneratedArticle(id, date, published, source, url, title, text.toString(), inserted);
  }

  private int pickActor(SplittableRandom random, List<Integer> named, Map<String, Integer> inserted) {
    int actor = !named.isEmpty() && random.nextDouble() < REPEAT_ACTOR
        ? named.get(random.nextInt(named.size()))
        : actorSampler.next(random);
    named.add(actor);
    inserted.merge(aliases.actorIds().get(actor), 1, Integer::sum);
    return actor;
  }

  private static String[][] parts(String[] templates) {
    return java.util.Arrays.stream(templates)
        .map(t -> new String[] {t.substring(0, t.indexOf("%s")), t.substring(t.indexOf("%s") + 2)})
        .toArray(String[][]::new);
  }

  /** A log-normal length with the spec's mean, kept between a tenth and eight times the mean. */
  private int targetChars(SplittableRandom random) {
    double mu = Math.log(spec.meanChars()) - LENGTH_SIGMA * LENGTH_SIGMA / 2;
    double chars = Math.exp(mu + LENGTH_SIGMA * gaussian(random));
    return (int) Math.max(spec.meanChars() / 10.0, Math.min(8.0 * spec.meanChars(), chars));
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default, which may change.
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  /** Knuth's method; fine for the small means used here. */
  private static int poisson(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double p = random.nextDouble();
    int k = 0;
    while (p > limit && k < 1_000) {
      p *= random.nextDouble();
      k++;
    }
    return k;
  }

  /** The first words of a sentence, as a headline. */
  private static String title(String sentence) {
    String[] words = sentence.split(" ");
    if (words.length <= 10) return sentence;
    return String.join(" ", java.util.Arrays.copyOf(words, 10));
  }

  private static String hex16(long v) {
    String h = Long.toHexString(v);
    return h.length() == 16 ? h : "0".repeat(16 - h.length()) + h;
  }

  private static String twoDigits(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  /** SplitMix64's finaliser over seed and index: neighbouring indexes get unrelated streams. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
