package org.actorpulse.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds candidates with one Aho-Corasick pass over the folded text, then hands them to the resolver. The trie is
 * built once, here; building costs about as much as matching thousands of articles, so build one matcher per
 * executor. Immutable and thread-safe: the trie is read-only after {@code build()}.
 */
final class AhoCorasickMatcher implements ActorMatcher {
  private final PayloadTrie<Integer> trie;
  private final MentionResolver resolver;

  AhoCorasickMatcher(ActorDictionary dictionary, MentionResolver resolver) {
    // No ignoreCase() or onlyWholeWords(): the text is folded here, offset for offset, and boundaries are
    // the resolver's job, so that every engine shares them.
    PayloadTrie.PayloadTrieBuilder<Integer> builder = PayloadTrie.builder();
    List<String> forms = dictionary.surfaceForms();
    for (int i = 0; i < forms.size(); i++) builder.addKeyword(forms.get(i), i);
    this.trie = builder.build();
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
    trie.parseText(folded, emit -> {
      int begin = emit.getStart();
      int end = emit.getEnd() + 1;
      boolean insideWord = (begin > 0 && TextFolding.isWordChar(folded.charAt(begin - 1)))
          || (end < folded.length() && TextFolding.isWordChar(folded.charAt(end)));
      if (!wholeWords || !insideWord) out.add(new Candidate(begin, end, emit.getPayload()));
      return true;
    });
    return out;
  }
}
