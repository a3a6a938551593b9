package org.actorpulse.dedup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * News stories made of real sentences (NewsMTSC, the seed article) for near-duplicate tests: stories on one topic
 * name the same people and share a background paragraph, as wire stories on one subject do, but report different
 * sentences; {@link Edit}s make the syndicated copies of a story.
 */
public final class Stories {
  static final Path HOME = Path.of(System.getProperty("actorpulse.home"));
  static final Path NEWSMTSC = HOME.resolve("../shared/data/newsmtsc/train.jsonl");
  static final Path SEED = HOME.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt");
  /** Topics by the name their sentences contain; a sentence goes to the first topic it names. */
  static final List<String> TOPICS = List.of("Russia", "Syria", "Korea", "Iran", "China", "Mueller", "Comey", "FBI",
      "Congress", "police", "Democrats", "Republicans", "Clinton", "Obama", "Trump");
  static final int SENTENCES_PER_STORY = 12;
  static final int SENTENCES_PER_PARAGRAPH = 3;

  /** A story: its topic and its paragraphs, each a list of sentences. */
  public record Story(String topic, int index, List<List<String>> paragraphs) {
    public String text() {
      List<String> ps = new ArrayList<>();
      for (List<String> p : paragraphs) ps.add(String.join(" ", p));
      return String.join("\n\n", ps);
    }
  }

  /** One way an outlet changes a wire story. */
  public enum Edit {
    DATELINE, PARAGRAPH_ADDED, LAST_PARAGRAPH_TRIMMED, WORDS_SUBSTITUTED, DATELINE_TRIMMED_AND_SUBSTITUTED
  }

  private final Map<String, List<String>> byTopic = new LinkedHashMap<>();
  private final Map<String, List<String>> background = new LinkedHashMap<>();
  private final List<String> spare = new ArrayList<>();
  private final List<String> words = new ArrayList<>();

  private Stories(List<String> sentences) {
    Map<String, Pattern> names = new LinkedHashMap<>();
    for (String t : TOPICS) names.put(t, Pattern.compile("\\b" + t + "\\b"));
    for (String s : sentences) {
      for (String w : s.split("\\s+")) if (w.matches("[a-z]{4,}")) words.add(w);
      String topic = null;
      for (var e : names.entrySet()) if (e.getValue().matcher(s).find()) { topic = e.getKey(); break; }
      if (topic == null) spare.add(s);
      else byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(s);
    }
    Random r = new Random(7);
    for (var e : byTopic.entrySet()) {
      Collections.shuffle(e.getValue(), r);
      background.put(e.getKey(), List.copyOf(e.getValue().subList(0, 2)));
      e.setValue(new ArrayList<>(e.getValue().subList(2, e.getValue().size())));
    }
    Collections.shuffle(spare, r);
  }

  /** The NewsMTSC training sentences, each once, in file order. */
  public static Stories load() {
    ObjectMapper json = new ObjectMapper();
    Set<String> sentences = new LinkedHashSet<>();
    try {
      for (String line : Files.readAllLines(NEWSMTSC, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) sentences.add(json.readTree(line).get("sentence").asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Stories(List.copyOf(sentences));
  }

  /**
   * Every story the sentences allow, no sentence in two stories: each opens with its topic's background paragraph
   * (shared by all the topic's stories), then paragraphs of its own.
   */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (var e : byTopic.entrySet()) {
      List<String> pool = e.getValue();
      for (int i = 0; (i + 1) * SENTENCES_PER_STORY <= pool.size(); i++) {
        List<List<String>> paragraphs = new ArrayList<>();
        paragraphs.add(background.get(e.getKey()));
        List<String> own = pool.subList(i * SENTENCES_PER_STORY, (i + 1) * SENTENCES_PER_STORY);
        for (int p = 0; p < own.size(); p += SENTENCES_PER_PARAGRAPH) {
          paragraphs.add(List.copyOf(own.subList(p, p + SENTENCES_PER_PARAGRAPH)));
        }
        out.add(new Story(e.getKey(), i, paragraphs));
      }
    }
    return out;
  }

  /** The seed article as a story: its paragraphs as they are. */
  public static Story seed() {
    try {
      String body = Files.readString(SEED, StandardCharsets.UTF_8);
      body = body.substring(body.indexOf("\n\n") + 2);
      List<List<String>> paragraphs = new ArrayList<>();
      for (String p : body.split("\\n\\s*\\n")) if (!p.isBlank()) paragraphs.add(List.of(p.strip()));
      return new Story("seed", 0, paragraphs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a copy of {@code story} with {@code edit}, its random choices drawn from {@code seed}. */
  public String copy(Story story, Edit edit, long seed) {
    Random r = new Random(seed);
    return switch (edit) {
      case DATELINE -> dateline(story.text(), r);
      case PARAGRAPH_ADDED -> paragraphAdded(story, r).text();
      case LAST_PARAGRAPH_TRIMMED -> trimmed(story).text();
      case WORDS_SUBSTITUTED -> substituted(story.text(), 5, r);
      case DATELINE_TRIMMED_AND_SUBSTITUTED -> substituted(dateline(trimmed(story).text(), r), 5, r);
    };
  }

  private static final List<String> DATELINES = List.of("WASHINGTON (Reuters) - ", "MOSCOW, Sept 25 (AP) -- ",
      "BEIRUT — ", "NEW YORK (AFP) - ", "DAMASCUS, Syria (Reuters) - ");

  private static String dateline(String text, Random r) {
    return DATELINES.get(r.nextInt(DATELINES.size())) + text;
  }

  private Story paragraphAdded(Story story, Random r) {
    List<List<String>> ps = new ArrayList<>(story.paragraphs());
    int start = r.nextInt(spare.size() - SENTENCES_PER_PARAGRAPH);
    ps.add(1 + r.nextInt(ps.size()), List.copyOf(spare.subList(start, start + SENTENCES_PER_PARAGRAPH)));
    return new Story(story.topic(), story.index(), ps);
  }

  private static Story trimmed(Story story) {
    return new Story(story.topic(), story.index(), story.paragraphs().subList(0, story.paragraphs().size() - 1));
  }

  /** {@code n} words at random places replaced by other words of the corpus. */
  private String substituted(String text, int n, Random r) {
    String[] tokens = text.split(" ");
    for (int i = 0; i < n; i++) tokens[r.nextInt(tokens.length)] = words.get(r.nextInt(words.size()));
    return String.join(" ", tokens);
  }
}
