package org.actorpulse.dictionary;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.actorpulse.text.Tokens;

/**
 * Finds candidates with one Aho-Corasick pass over the folded text, then hands them to the resolver. The automaton
 * is a double-array trie (hankcs' AhoCorasickDoubleArrayTrie): its state transitions are array lookups, where a
 * map-based trie boxes a Character and probes a HashMap per character of text. It is built once, here; building costs about as much as matching thousands of articles, so build one matcher per
 * executor. Immutable and thread-safe: the trie is read-only after {@code build()}.
 */
final class AhoCorasickMatcher implements ActorMatcher {
  private final AhoCorasickDoubleArrayTrie<Integer> trie;
  private final MentionResolver resolver;

  AhoCorasickMatcher(ActorDictionary dictionary, MentionResolver resolver) {
    // Forms are matched as they are: the text is folded here, offset for offset, and word boundaries are the
    // resolver's job, so that every engine shares them.
    List<String> forms = dictionary.surfaceForms();
    TreeMap<String, Integer> keywords = new TreeMap<>();
    for (int i = 0; i < forms.size(); i++) {
      if (keywords.put(forms.get(i), i) != null) throw new IllegalStateException("surface form twice: " + forms.get(i));
    }
    this.trie = new AhoCorasickDoubleArrayTrie<>();
    if (!keywords.isEmpty()) trie.build(keywords);
    this.resolver = resolver;
  }

  @Override
  public List<ActorMatch> find(String text, LocalDate date) {
    return resolver.resolve(text, date, candidates(text, true));
  }

  /**
   * Every occurrence of every surface form, overlaps included.
   *
   * @param wholeWords drop occurrences inside a word now: short forms ({@code is}, {@code us}, {@code un}) occur
   *                   inside words a hundred times per article, and the resolver would drop them all anyway
   */
  List<Candidate> candidates(String text, boolean wholeWords) {
    List<Candidate> out = new ArrayList<>();
    String folded = TextFolding.foldForSearch(text);
    if (trie.size() == 0) return out;
    trie.parseText(folded, (begin, end, form) -> {
      boolean insideWord = (begin > 0 && Tokens.isWordChar(folded.charAt(begin - 1)))
          || (end < folded.length() && Tokens.isWordChar(folded.charAt(end)));
      if (!wholeWords || !insideWord) out.add(new Candidate(begin, end, form));
    });
    return out;
  }
}
