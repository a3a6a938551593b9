package org.actorpulse.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.actorpulse.text.RuleSentenceSplitter;
import org.junit.jupiter.api.Test;

class TargetMentionsTest {
  private static final TargetMentions MENTIONS = new TargetMentions(new RuleSentenceSplitter());
  private static final String ARTICLE = "Donald Trump spoke in Ohio. Critics said Trump's plan was cruel. "
      + "A Trumpet played and trump cards were dealt. The Syrian Democratic Forces and the Tiger Forces fought. "
      + "Later, Donald Trump left.";

  private static List<String> named(List<TargetMentions.Mention> mentions) {
    return mentions.stream().map(m -> m.sentence().substring(m.begin(), m.end())).collect(Collectors.toList());
  }

  @Test
  void aSentenceRowIsItsOneMentionExactlyAsGiven() {
    String row = "He said Trump won. Trump smiled.";
    assertEquals(List.of(new TargetMentions.Mention(row, 8, 13)), MENTIONS.of(row, 8, 13));
  }

  @Test
  void anArticleIsScoredAtEveryWholeWordNamingAndTheFullNamesLastWordInItsOwnSentence() {
    List<TargetMentions.Mention> mentions = MENTIONS.of(ARTICLE, 0, 12);
    assertEquals(List.of("Donald Trump", "Donald Trump", "Trump"), named(mentions), "not Trumpet, not trump");
    assertEquals("Donald Trump spoke in Ohio.", mentions.get(0).sentence());
    assertEquals("Later, Donald Trump left.", mentions.get(1).sentence());
    assertEquals("Critics said Trump's plan was cruel.", mentions.get(2).sentence());
  }

  @Test
  void theLabelledSpanComesFirstAndCountsOnce() {
    int later = ARTICLE.lastIndexOf("Donald Trump");
    List<TargetMentions.Mention> mentions = MENTIONS.of(ARTICLE, later, later + 12);
    assertEquals("Later, Donald Trump left.", mentions.get(0).sentence());
    assertEquals(3, mentions.size());
  }

  @Test
  void aLabelledPronounIsOnlyItself() {
    String article = "Donald Trump spoke. He smiled. He left. Then he came back.";
    int he = article.indexOf("He left");
    assertEquals(List.of(new TargetMentions.Mention("He left.", 0, 2)), MENTIONS.of(article, he, he + 2));
  }

  @Test
  void anOrganisationIsNotNamedByItsLastWord() {
    int at = ARTICLE.indexOf("Syrian Democratic Forces");
    assertEquals(List.of("Syrian Democratic Forces"), named(MENTIONS.of(ARTICLE, at, at + 24)));
  }

  @Test
  void theSeedArticlesMentionsOfRussiaAreItsSentencesNamingRussia() throws Exception {
    String seed = Files.readString(TestLexicons.HOME.resolve("../shared/data/seed/000_87504b5c0eae03d5.txt"));
    java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\bRussia\\b"); // not "Russian"
    java.util.regex.Matcher first = word.matcher(seed);
    assertTrue(first.find());
    List<TargetMentions.Mention> mentions = MENTIONS.of(seed, first.start(), first.end());
    long inText = word.matcher(seed).results().count();
    assertEquals(inText, mentions.size());
    for (TargetMentions.Mention m : mentions) {
      assertEquals("Russia", m.sentence().substring(m.begin(), m.end()));
      assertTrue(m.sentence().length() < 600, m.sentence());
    }
  }
}
