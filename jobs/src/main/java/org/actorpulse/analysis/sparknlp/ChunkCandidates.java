package org.actorpulse.analysis.sparknlp;

import com.johnsnowlabs.nlp.IAnnotation;
import com.johnsnowlabs.nlp.JavaAnnotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.actorpulse.dictionary.Candidate;

/**
 * Turns the TextMatcher's chunks back into {@link Candidate}s. A chunk says where a phrase matched token by
 * token, not which phrase: the phrase is the one equal to the chunk's text in the folded text. A chunk whose
 * text equals no phrase (two spaces where the phrase has one) is dropped, so the candidates are exactly the
 * word-aligned ones a plain phrase search of the folded text finds.
 *
 * <p>Immutable and safe to share across threads.
 */
final class ChunkCandidates {
  private final Map<String, Integer> formByText;

  /** @param phrases the distinct folded phrases the matcher was fitted with; the index is the form */
  ChunkCandidates(List<String> phrases) {
    Map<String, Integer> map = new HashMap<>(phrases.size() * 2);
    for (int i = 0; i < phrases.size(); i++) {
      Integer previous = map.put(phrases.get(i), i);
      if (previous != null) throw new IllegalArgumentException("phrase listed twice: " + phrases.get(i));
    }
    this.formByText = map;
  }

  /**
   * @param folded the text the matcher read, folded as the phrases are
   * @param chunks the TextMatcher's annotations, whose ends are inclusive
   */
  List<Candidate> of(String folded, List<IAnnotation> chunks) {
    List<Candidate> out = new ArrayList<>(chunks.size());
    for (IAnnotation a : chunks) {
      JavaAnnotation chunk = (JavaAnnotation) a;
      int begin = chunk.begin();
      int end = chunk.end() + 1;
      Integer form = formByText.get(folded.substring(begin, end));
      if (form != null) out.add(new Candidate(begin, end, form));
    }
    return out;
  }
}
