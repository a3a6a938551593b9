package org.actorpulse.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.actorpulse.dictionary.ActorMatch;
import org.actorpulse.dictionary.ActorMatcher;
import org.actorpulse.sentiment.SentimentScorer;
import org.actorpulse.text.SentenceSplitter;
import org.actorpulse.text.Span;
import org.actorpulse.text.Tokens;

/**
 * The plain-Java engine: one pass of the dictionary's Aho-Corasick matcher over the whole text, a rule-based
 * sentence split, and the sentiment scorer per mention. Immutable and safe to share across threads when its
 * parts are.
 */
public final class FastAnalysisEngine implements AnalysisEngine {
  private final ActorMatcher matcher;
  private final SentenceSplitter splitter;
  private final SentimentScorer scorer;

  public FastAnalysisEngine(ActorMatcher matcher, SentenceSplitter splitter, SentimentScorer scorer) {
    this.matcher = matcher;
    this.splitter = splitter;
    this.scorer = scorer;
  }

  @Override
  public AnalyzedText analyze(String text, LocalDate date) {
    List<Span> sentences = splitter.split(text);
    List<ActorMatch> matches = matcher.find(text, date);
    int tokens = Tokens.count(text, 0, text.length());
    long t0 = System.nanoTime();
    List<TextMention> mentions = MentionScoring.score(text, sentences, matches, scorer);
    return new AnalyzedText(sentences, tokens, mentions, System.nanoTime() - t0);
  }

  /** Places matches in their sentences and scores each against its sentence; shared by both engines. */
  static final class MentionScoring {
    private MentionScoring() {}

    static List<TextMention> score(String text, List<Span> sentences, List<ActorMatch> matches,
                                   SentimentScorer scorer) {
      int n = matches.size();
      int[] sentenceOf = new int[n];
      int[] begin = new int[n];
      int[] end = new int[n];
      double[] score = new double[n];
      int s = 0;
      for (int i = 0; i < n; i++) {
        ActorMatch m = matches.get(i);
        s = sentenceOf(sentences, m.begin(), s);
        sentenceOf[i] = s;
        Span sentence = sentence(text, sentences, s);
        // A match that straddles a sentence end (a split inside a name) is scored in the sentence it starts in.
        begin[i] = Math.max(m.begin(), sentence.begin()) - sentence.begin();
        end[i] = Math.min(m.end(), sentence.end()) - sentence.begin();
      }
      // Matches arrive in text order, so a sentence's mentions are adjacent: score them together, so the scorer
      // tokenizes each sentence once however many actors it names.
      for (int from = 0; from < n; ) {
        int to = from;
        while (to < n && sentenceOf[to] == sentenceOf[from]) to++;
        int[] bs = new int[to - from];
        int[] es = new int[to - from];
        int k = 0;
        for (int i = from; i < to; i++) {
          if (end[i] <= begin[i]) continue;
          bs[k] = begin[i];
          es[k++] = end[i];
        }
        if (k > 0) {
          double[] out = new double[k];
          scorer.scoreAll(sentence(text, sentences, sentenceOf[from]).of(text), Arrays.copyOf(bs, k),
              Arrays.copyOf(es, k), out);
          k = 0;
          for (int i = from; i < to; i++) if (end[i] > begin[i]) score[i] = clamp(out[k++]);
        }
        from = to;
      }
      List<TextMention> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        ActorMatch m = matches.get(i);
        out.add(new TextMention(m.actorId(), m.surface(), sentenceOf[i], m.begin(), m.end(), score[i]));
      }
      return out;
    }

    private static Span sentence(String text, List<Span> sentences, int s) {
      return sentences.isEmpty() ? new Span(0, text.length()) : sentences.get(s);
    }

    /** Index of the last sentence beginning at or before offset; matches arrive in text order, so scan on. */
    static int sentenceOf(List<Span> sentences, int offset, int from) {
      int s = Math.min(from, Math.max(0, sentences.size() - 1));
      while (s + 1 < sentences.size() && sentences.get(s + 1).begin() <= offset) s++;
      while (s > 0 && sentences.get(s).begin() > offset) s--;
      return s;
    }

    private static double clamp(double x) {
      if (Double.isNaN(x)) return 0.0;
      return Math.max(-1.0, Math.min(1.0, x));
    }
  }
}
