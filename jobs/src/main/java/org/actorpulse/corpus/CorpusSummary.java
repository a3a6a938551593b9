package org.actorpulse.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a {@link CorpusWriter} wrote. Immutable.
 *
 * @param textBytes      uncompressed bytes of the article files (what the readers parse)
 * @param diskBytes      bytes on disk of the article files (compressed when gzipped)
 * @param files          the article files, in day order
 * @param insertedByActor total inserted mentions per actor id
 */
public record CorpusSummary(long articles, long textBytes, long diskBytes, List<Path> files, long insertedMentions,
                            Map<String, Long> insertedByActor, double seconds) {
  public CorpusSummary {
    files = List.copyOf(files);
    insertedByActor = Map.copyOf(insertedByActor);
  }
}
