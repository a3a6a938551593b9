package org.actorpulse.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.actorpulse.text.SentenceSplitter;
import org.actorpulse.text.Span;
import org.actorpulse.text.Tokens;

/**
 * Where a labelled target is named in the text it came with, each place as a sentence and the target's span in it:
 * what a scorer reads. A row of one or two sentences (every NewsMTSC row, by the pipeline's splitter) is one
 * mention, the row exactly as given, so sentence-level figures do not depend on this class. A row of
 * {@link #ARTICLE_SENTENCES} or more sentences is an article labelled with its stance toward the target: the
 * scorers were trained on sentences, so each naming is scored in its own sentence, as the pipeline scores an
 * article's mentions, and the scores are then taken together ({@link ExplainableScorer#judge}), as
 * {@code article_actors} averages them. Read as one long sentence, the seed article came out negative toward every
 * actor in it alike (Turkey -0.45, ISIS -0.58, Russia -0.91); by its mentions, Turkey +0.06, ISIS -0.16, Russia
 * -0.10. An article names a person by the full name once and by the surname after ("Donald Trump", then "Trump"),
 * so a name of two or more words whose last word is capitalized is also looked for by that word, unless the word
 * heads organisations' names ("Forces", "Party", ...). Names match case-sensitively and as whole words; the
 * labelled span always counts, whatever it holds, and is the only place when it is not a capitalized name.
 */
public final class TargetMentions {
  /** A place where the target is named: its sentence and its span there. */
  public record Mention(String sentence, int begin, int end) {}

  /** NewsMTSC's rows are one or two sentences by the pipeline's splitter (train 8,613 and 126, dev 337 and 6). */
  public static final int ARTICLE_SENTENCES = 3;

  /**
   * Last words that end organisations' names rather than people's: "Syrian Democratic Forces" is not named by
   * "Forces" alone, which names other forces in the same article.
   */
  private static final Set<String> ORGANISATION_HEADS = Set.of("Forces", "Army", "Party", "Council", "Front", "Union",
      "Ministry", "Government", "Group", "Brigade", "Brigades", "Movement", "State", "States", "Nations",
      "Organization", "Organisation", "Court", "Bank", "Association", "Committee", "Agency", "Department", "Corps",
      "Guard", "Guards", "Alliance", "Coalition", "Republic", "Kingdom", "Office", "Service", "Police", "Navy",
      "Company", "Corporation", "Inc", "Ltd", "Institute", "University", "Commission", "Assembly", "Parliament",
      "Congress", "Senate", "House", "Administration", "Authority", "Network", "News", "Times", "Post");

  /** A labelled pronoun ("He was willing ...") is that one place: which other "he" is the same person is not known. */
  private static final Set<String> PRONOUNS = Set.of("He", "She", "It", "They", "We", "I", "You", "His", "Her", "Him",
      "Its", "Their", "Them", "Our", "Us", "My", "Me", "Your");

  private final SentenceSplitter splitter;

  public TargetMentions(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /** The mentions of the target at {@code [begin, end)} of {@code text}, the labelled one first. */
  public List<Mention> of(String text, int begin, int end) {
    List<Span> sentences = splitter.split(text);
    if (sentences.size() < ARTICLE_SENTENCES) return List.of(new Mention(text, begin, end));
    List<Span> names = new ArrayList<>();
    names.add(new Span(begin, end));
    String name = text.substring(begin, end).strip();
    if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && !PRONOUNS.contains(name)) {
      addWholeWords(text, name, names);
      String[] words = name.split("\\s+");
      String last = words[words.length - 1];
      if (words.length >= 2 && last.length() >= 2 && Character.isUpperCase(last.codePointAt(0))
          && !ORGANISATION_HEADS.contains(last)) {
        addWholeWords(text, last, names);
      }
    }
    List<Mention> mentions = new ArrayList<>(names.size());
    for (Span n : names) {
      Span sentence = sentenceOf(sentences, n.begin());
      if (sentence == null) continue;
      // a span running past its sentence's end is cut there: the scorers read one sentence
      mentions.add(new Mention(sentence.of(text), n.begin() - sentence.begin(),
          Math.min(n.end(), sentence.end()) - sentence.begin()));
    }
    if (mentions.isEmpty()) return List.of(new Mention(text, begin, end));
    return mentions;
  }

  /** Adds each whole-word occurrence of {@code word} in {@code text} that overlaps none already in {@code found}. */
  private static void addWholeWords(String text, String word, List<Span> found) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if (at > 0 && Tokens.isWordChar(text.charAt(at - 1))) continue;
      if (end < text.length() && Tokens.isWordChar(text.charAt(end))) continue;
      boolean overlaps = false;
      for (Span s : found) overlaps |= at < s.end() && end > s.begin();
      if (!overlaps) found.add(new Span(at, end));
    }
  }

  /** The sentence holding offset {@code at}, or null if it falls between sentences (white space). */
  private static Span sentenceOf(List<Span> sentences, int at) {
    for (Span s : sentences) if (s.contains(at)) return s;
    return null;
  }
}
