package org.actorpulse.analysis.sparknlp;

import com.johnsnowlabs.nlp.IAnnotation;
import com.johnsnowlabs.nlp.JavaAnnotation;
import com.johnsnowlabs.nlp.LightPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorpulse.analysis.AnalysisEngine;
import org.actorpulse.analysis.AnalyzedText;
import org.actorpulse.analysis.TextMention;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.Candidate;
import org.actorpulse.dictionary.MentionResolver;
import org.actorpulse.dictionary.TextFolding;
import org.actorpulse.sentiment.SentimentScorer;
import org.actorpulse.text.Span;
import org.apache.spark.ml.PipelineModel;

/**
 * The analysis engine built on Spark NLP's rule-based annotators: one {@code LightPipeline} pass per text gives
 * sentences, tokens and the chunks where dictionary phrases occur ({@link CandidatePipeline}); the dictionary's
 * {@link MentionResolver} turns those candidates into actor mentions by the same rules as the fast engine; the
 * {@link SentimentScorer} scores each mention within its sentence.
 *
 * <p>Not serializable: build it where it runs, once per partition or executor, from a
 * {@link SparkNlpEngineFactory}. Needs no SparkSession. Safe to share across threads (the LightPipeline and the
 * fitted annotators hold no per-call state).
 */
public final class SparkNlpEngine implements AnalysisEngine {
  private final LightPipeline pipeline;
  private final ChunkCandidates candidates;
  private final MentionResolver resolver;
  private final SentimentScorer scorer;
  private final int blockLength;

  /**
   * @param model   fitted by {@link CandidatePipeline#fit} with {@code phrases}
   * @param phrases the same phrases, folded ({@link TextFolding#foldForSearch}), in the order the resolver's
   *                {@link Candidate#form()} indexes them
   */
  public SparkNlpEngine(PipelineModel model, List<String> phrases, MentionResolver resolver, SentimentScorer scorer) {
    this.pipeline = new LightPipeline(Objects.requireNonNull(model, "model"), false);
    this.candidates = new ChunkCandidates(phrases);
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    // Blocks are safe only while no phrase could span the blank line between two of them.
    this.blockLength = phrases.stream().anyMatch(p -> p.contains("  ")) ? Integer.MAX_VALUE : BLOCK_LENGTH;
  }

  @Override
  public AnalyzedText analyze(String text, LocalDate date) {
    Annotated annotated = annotate(text);
    List<ActorMatch> matches = resolver.resolve(text, date, annotated.candidates());
    List<TextMention> mentions = new ArrayList<>(matches.size());
    for (ActorMatch m : matches) {
      int index = sentenceIndex(annotated.sentences(), m.begin());
      // A mention runs past its sentence only if a bound fell inside a phrase; score it in the span covering both.
      Span sentence = annotated.sentences().isEmpty()
          ? new Span(0, text.length())
          : annotated.sentences().get(index);
      int from = Math.min(sentence.begin(), m.begin());
      int to = Math.max(sentence.end(), m.end());
      double sentiment = scorer.score(text.substring(from, to), m.begin() - from, m.end() - from);
      mentions.add(new TextMention(m.actorId(), m.surface(), index, m.begin(), m.end(), sentiment));
    }
    return new AnalyzedText(annotated.sentences(), annotated.words(), mentions);
  }

  /** What the Spark NLP pipeline makes of a text, before the resolver's rules. */
  record Annotated(List<Span> sentences, int words, List<Candidate> candidates) {}

  /**
   * Texts longer than this go through the pipeline in blocks cut at blank lines. Spark NLP's sentence
   * detector scans from each bound to the end of the text (a lookahead in its split pattern), so its cost grows
   * with the square of the length: profiled on ten seed articles joined (37 KB), that scan took two thirds of
   * the time, and the engine ran at 0.95 MB per CPU second against 2.5 on single articles. A blank line is a
   * sentence bound, and no phrase spans one (the folded text has two spaces there, which no surface form of
   * the dictionary has; the engine does without blocks if one does), so the blocks give the same sentences
   * and candidates as the whole text.
   */
  static final int BLOCK_LENGTH = 8192;

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  Annotated annotate(String text) {
    return annotate(text, blockLength);
  }

  Annotated annotate(String text, int blockLength) {
    String folded = TextFolding.foldForSearch(text);
    List<Span> sentences = new ArrayList<>();
    List<Candidate> found = new ArrayList<>();
    int words = 0;
    for (Span block : blocks(text, blockLength)) {
      int offset = block.begin();
      String foldedBlock = block.of(folded);
      Map<String, List<IAnnotation>> out =
          pipeline.fullAnnotateJava(AnnotatorSafeText.of(block.of(text)), foldedBlock);
      for (Span s : sentences(out.get(CandidatePipeline.SENTENCES))) {
        sentences.add(new Span(s.begin() + offset, s.end() + offset));
      }
      words += words(out.get(CandidatePipeline.TOKENS));
      for (Candidate c : candidates.of(foldedBlock, out.get(CandidatePipeline.CHUNKS))) {
        found.add(new Candidate(c.begin() + offset, c.end() + offset, c.form()));
      }
    }
    return new Annotated(sentences, words, found);
  }

  /** The text cut at the first blank line after every {@code blockLength} characters; one block if none. */
  static List<Span> blocks(String text, int blockLength) {
    if (text.length() <= blockLength) return List.of(new Span(0, text.length()));
    List<Span> out = new ArrayList<>();
    Matcher blank = BLANK_LINE.matcher(text);
    int begin = 0;
    while (text.length() - begin > blockLength && blank.find(begin + blockLength)) {
      out.add(new Span(begin, blank.start()));
      begin = blank.end();
    }
    out.add(new Span(begin, text.length()));
    return out;
  }

  private static List<Span> sentences(List<IAnnotation> annotations) {
    List<Span> out = new ArrayList<>(annotations.size());
    for (IAnnotation a : annotations) {
      JavaAnnotation s = (JavaAnnotation) a;
      out.add(new Span(s.begin(), s.end() + 1));
    }
    return out;
  }

  /**
   * The token count counts words (tokens with a letter or digit), not the punctuation tokens the tokenizer
   * also makes so that phrases match at word boundaries: a text's length in words, comparable across engines.
   */
  private static int words(List<IAnnotation> tokens) {
    int n = 0;
    for (IAnnotation a : tokens) {
      // Tokens are either a run of word characters or a single other character: the first one tells.
      if (Character.isLetterOrDigit(((JavaAnnotation) a).result().codePointAt(0))) n++;
    }
    return n;
  }

  /** Index of the last sentence beginning at or before {@code offset}; 0 if none does. */
  static int sentenceIndex(List<Span> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).begin() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
