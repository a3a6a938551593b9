package org.actorpulse.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups files into read tasks of similar weight (longest first, each into the lightest group), so that
 * thousands of small files do not become thousands of tasks and large ones spread over the cores. A
 * compressed file weighs {@link #COMPRESSED_WEIGHT} times its size. Stateless.
 */
public final class FilePlanner {
  private FilePlanner() {}

  static final int COMPRESSED_WEIGHT = 4;

  /**
   * @param minGroups   at least this many groups (the cores), fewer only when there are fewer files
   * @param targetBytes more groups when the total weight exceeds {@code minGroups * targetBytes}
   */
  public static List<List<InputFile>> plan(List<InputFile> files, int minGroups, long targetBytes) {
    if (files.isEmpty()) return List.of();
    long total = 0;
    for (InputFile f : files) total += weight(f);
    long wanted = Math.max(minGroups, (total + targetBytes - 1) / targetBytes);
    int n = (int) Math.max(1, Math.min(files.size(), wanted));
    List<InputFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparingLong(FilePlanner::weight).reversed().thenComparing(InputFile::uri));
    List<List<InputFile>> groups = new ArrayList<>();
    long[] load = new long[n];
    for (int i = 0; i < n; i++) groups.add(new ArrayList<>());
    for (InputFile f : sorted) {
      int best = 0;
      for (int i = 1; i < n; i++) if (load[i] < load[best]) best = i;
      groups.get(best).add(f);
      load[best] += Math.max(1, weight(f));
    }
    return groups;
  }

  private static long weight(InputFile f) {
    return f.compressed() ? f.length() * COMPRESSED_WEIGHT : f.length();
  }
}
