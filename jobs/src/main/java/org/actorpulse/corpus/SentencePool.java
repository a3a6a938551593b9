package org.actorpulse.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.actorpulse.text.RuleSentenceSplitter;
import org.actorpulse.text.Span;

/**
 * Real news sentences that generated articles are made of: the NewsMTSC sentences and those of the seed article.
 * Real sentences, because the engines' cost depends on real sentence lengths, punctuation and the actors that
 * news already names. Immutable and safe to share across threads.
 */
public final class SentencePool {
  private final String[] sentences;
  private final double meanChars;

  public SentencePool(List<String> sentences) {
    List<String> clean = new ArrayList<>(new LinkedHashSet<>(sentences.stream()
        .map(s -> s.replaceAll("\\s+", " ").strip()).filter(s -> s.length() >= 20).toList()));
    if (clean.isEmpty()) throw new IllegalArgumentException("no sentence of at least 20 characters");
    this.sentences = clean.toArray(String[]::new);
    this.meanChars = clean.stream().mapToInt(String::length).average().orElse(0);
  }

  /**
   * @param newsmtscJsonl NewsMTSC rows with a {@code sentence} field (one sentence appears once per target there;
   *                      duplicates are kept once)
   * @param seedArticle   a seed-style article: a {@code date ...} line, a blank line, the body; null for none
   */
  public static SentencePool load(Path newsmtscJsonl, Path seedArticle) {
    List<String> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(newsmtscJsonl, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode s = json.readTree(line).get("sentence");
        if (s != null && s.isTextual()) out.add(s.asText());
      }
      if (seedArticle != null) out.addAll(seedSentences(Files.readString(seedArticle, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentences: " + e.getMessage(), e);
    }
    return new SentencePool(out);
  }

  /** The body's sentences: everything after the first blank line (the date line and its debris precede it). */
  static List<String> seedSentences(String article) {
    int body = article.indexOf("\n\n");
    String text = body < 0 ? article : article.substring(body + 2);
    Set<String> out = new LinkedHashSet<>();
    for (Span s : new RuleSentenceSplitter().split(text)) out.add(s.of(text));
    return List.copyOf(out);
  }

  public int size() {
    return sentences.length;
  }

  public String get(int i) {
    return sentences[i];
  }

  public double meanChars() {
    return meanChars;
  }
}
