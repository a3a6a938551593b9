package org.actorpulse.analysis.sparknlp;

import com.johnsnowlabs.nlp.MultiDocumentAssembler;
import com.johnsnowlabs.nlp.annotators.RegexTokenizer;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.actorpulse.dictionary.TextFolding;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark NLP pipeline of the Spark NLP engine: sentences, tokens, and chunks where one of the dictionary's
 * phrases occurs. Built and fitted on the DRIVER (Spark NLP's annotators need a SparkSession to be
 * constructed); the fitted {@link PipelineModel} is then shipped to executors and run there through a
 * {@code LightPipeline}, see {@link SparkNlpEngineFactory}.
 *
 * <p>It takes two documents of the same length: the text itself, for sentences, and the text folded as the
 * dictionary folds it for search ({@link TextFolding#foldForSearch}: lower case, one kind of apostrophe, hyphen,
 * quote and space), for tokens and phrase matching. Matching the folded whole text finds a phrase wherever the
 * dictionary's own Aho-Corasick matcher would (across line breaks, curly or straight apostrophes), whatever the
 * sentence detector makes of the text around it; sentences keep the text's case and line breaks, which their
 * bounds need.
 */
public final class CandidatePipeline {
  /** Output columns, which are also the keys of {@code LightPipeline.fullAnnotateJava}'s result. */
  static final String TEXT = "text";
  static final String FOLDED_TEXT = "folded_text";
  static final String DOCUMENT = "document";
  static final String FOLDED_DOCUMENT = "folded_document";
  static final String SENTENCES = "sentences";
  static final String TOKENS = "tokens";
  static final String CHUNKS = "chunks";

  /**
   * Tokens are maximal runs of letters and digits, and every other non-space character on its own. So in the
   * folded text {@code russia's} gives {@code russia ' s}, {@code u.s.} gives {@code u . s .} and
   * {@code pro-SDF} gives {@code pro - sdf} (or {@code pro sdf} if folding makes hyphens spaces): a token
   * boundary lies wherever a word boundary can, and a phrase is tokenized the same way
   * alone as inside a text, so token-level matching finds exactly the word-aligned occurrences a
   * character-level phrase search finds. Word characters are the resolver's ({@code Character.isLetterOrDigit}:
   * letters and decimal digits), so every boundary it accepts is a token boundary here. As a split pattern:
   * white space, or the zero-width places next to a character that is neither a word character nor white space.
   */
  static final Pattern TOKEN_SPLIT =
      Pattern.compile("\\s+|(?<=[^\\p{L}\\p{Nd}\\s])|(?=[^\\p{L}\\p{Nd}\\s])");

  /**
   * Sentence bounds, the only rule the detector applies (the default "pragmatic" rules cost most of the
   * pipeline's time, see FACTS.md; even so, the detector's generic extraction, a split whose lookahead scans to
   * the end of the text at every bound and a symbol-recovery regex over every sentence, remains about half the
   * engine's time on the seed article, profiled). A bound is sentence-ending punctuation, with any closing quotes or
   * brackets, followed by white space; or a blank line (headlines and bylines end without punctuation).
   * A period is no bound after a single letter ({@code U.S.}, {@code e.g.}, initials) nor after a few
   * common title and abbreviation words ({@code Lt. Gen.}, {@code Mr.}): better to miss a split after
   * {@code U.S.} ending a sentence than to cut {@code U.S. Army} in two.
   */
  static final String SENTENCE_BOUND =
      // The lookbehinds come after the period they guard, not at every offset. A bound followed by a blank
      // line takes the blank line with it: each bound costs the detector a scan of the rest of the text
      // (its split pattern has a lookahead to the end), so a second bound for the blank line is not free.
      "(?:[!?…]+|\\.+(?<!\\b\\p{L}\\.)(?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cpl|Adm|Brig|Gov"
          + "|Sen|Rep|Rev|Sr|Jr|St|Mt|Ft|No|Nos|vs|etc|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
          + "\\.))[\"”’'»)\\]]*(?:[ \\t\\r]*\\n[ \\t\\x0B\\f\\r]*\\n|(?=\\s))"
          + "|\\n[ \\t\\x0B\\f\\r]*\\n";

  private CandidatePipeline() {}

  /**
   * Builds and fits the pipeline. Runs on the driver.
   *
   * @param phrases the phrases to find, folded ({@code ActorDictionary.surfaceForms()})
   */
  public static PipelineModel fit(SparkSession spark, List<String> phrases) {
    Path phraseFile = writePhrases(phrases);
    try {
      Dataset<Row> empty = spark.createDataFrame(List.of(),
          new StructType().add(TEXT, DataTypes.StringType).add(FOLDED_TEXT, DataTypes.StringType));

      MultiDocumentAssembler documents = new MultiDocumentAssembler();
      documents.setInputCols(new String[] {TEXT, FOLDED_TEXT});
      documents.setOutputCols(new String[] {DOCUMENT, FOLDED_DOCUMENT});

      SentenceDetector sentences = new SentenceDetector();
      sentences.setInputCols(new String[] {DOCUMENT});
      sentences.setOutputCol(SENTENCES);
      sentences.setUseCustomBoundsOnly(true);
      sentences.setCustomBounds(new String[] {SENTENCE_BOUND});
      // The default strategy drops the matched bound: the sentence would lose its final period.
      sentences.setCustomBoundsStrategy("append");

      // RegexTokenizer, not Tokenizer: the Tokenizer runs its prefix/infix/suffix rules and then String.split
      // (compiling the split pattern again) on every white-space piece, half the pipeline's time; and its
      // setTargetPattern is pasted into a character class ("[^(?:" + pattern + ")]"), so only a character class
      // works there. RegexTokenizer compiles its pattern once per text and splits once.
      RegexTokenizer tokens = new RegexTokenizer();
      tokens.setInputCols(new String[] {FOLDED_DOCUMENT});
      tokens.setOutputCol(TOKENS);
      tokens.setPattern(TOKEN_SPLIT.pattern());

      TextMatcher chunks = new TextMatcher();
      chunks.setInputCols(new String[] {FOLDED_DOCUMENT, TOKENS});
      chunks.setOutputCol(CHUNKS);
      chunks.setEntities(ExternalResource.fromJava(phraseFile.toString(), "TEXT", new HashMap<>()));
      // Both sides are folded already; the case-insensitive mode would lower-case every token again.
      chunks.setCaseSensitive(true);

      Pipeline pipeline = new Pipeline();
      pipeline.setStages(new PipelineStage[] {documents, sentences, tokens, chunks});
      return pipeline.fit(empty);
    } finally {
      deleteQuietly(phraseFile);
    }
  }

  /**
   * The TextMatcher reads its phrases from a file (an ExternalResource), one per line, and splits each at
   * spaces only (it could take a TokenizerModel, but not a RegexTokenizer): so each line holds the phrase's
   * tokens, as {@link #TOKEN_SPLIT} cuts them, joined by one space.
   */
  private static Path writePhrases(List<String> phrases) {
    try {
      Path file = Files.createTempFile("actorpulse-phrases-", ".txt");
      StringBuilder lines = new StringBuilder();
      for (String phrase : phrases) {
        if (phrase.indexOf('\n') >= 0 || phrase.indexOf('\r') >= 0) {
          throw new IllegalArgumentException("phrase spans lines: " + phrase.replace("\n", "\\n"));
        }
        lines.append(String.join(" ", tokens(phrase))).append('\n');
      }
      Files.writeString(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the phrase file for Spark NLP's TextMatcher", e);
    }
  }

  /** The tokens RegexTokenizer makes of {@code text} with {@link #TOKEN_SPLIT}: the pieces, empty ones dropped. */
  static List<String> tokens(String text) {
    return Arrays.stream(TOKEN_SPLIT.split(text)).filter(t -> !t.isEmpty()).toList();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a temp file left behind is harmless
    }
  }
}
