package org.actorpulse.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts large plain JSON Lines files into byte ranges and groups the read units into tasks of similar weight
 * (heaviest first, each into the lightest group), so that thousands of small files do not become thousands
 * of tasks and one large file spreads over the cores. Stateless.
 */
public final class FilePlanner {
  private FilePlanner() {}

  static final int COMPRESSED_WEIGHT = 4;
  static final long MIN_SPLIT_BYTES = 8L << 20;
  static final long MAX_SPLIT_BYTES = 128L << 20;

  /** The range size for these inputs: about two ranges per core, within [8 MB, 128 MB]. */
  public static long splitBytes(long totalBytes, int cores) {
    return Math.max(MIN_SPLIT_BYTES, Math.min(MAX_SPLIT_BYTES, totalBytes / (2L * Math.max(1, cores))));
  }

  /** A file in consecutive ranges of {@code splitBytes} (the last one shorter); firstLine still unknown (1). */
  public static List<ReadUnit> ranges(InputFile f, long splitBytes) {
    List<ReadUnit> units = new ArrayList<>();
    int i = 0;
    for (long start = 0; start < f.length(); start += splitBytes, i++) {
      units.add(new ReadUnit(f, i, start, Math.min(f.length(), start + splitBytes), 1));
    }
    return units;
  }

  /**
   * @param minGroups   at least this many groups (the cores), fewer only when there are fewer units
   * @param targetBytes more groups when the total weight exceeds {@code minGroups * targetBytes}
   */
  public static List<List<ReadUnit>> plan(List<ReadUnit> units, int minGroups, long targetBytes) {
    if (units.isEmpty()) return List.of();
    long total = 0;
    for (ReadUnit u : units) total += u.weight();
    long wanted = Math.max(minGroups, (total + targetBytes - 1) / targetBytes);
    int n = (int) Math.max(1, Math.min(units.size(), wanted));
    List<ReadUnit> sorted = new ArrayList<>(units);
    sorted.sort(Comparator.comparingLong(ReadUnit::weight).reversed()
        .thenComparing((ReadUnit u) -> u.file().uri()).thenComparingInt(ReadUnit::split));
    List<List<ReadUnit>> groups = new ArrayList<>();
    long[] load = new long[n];
    for (int i = 0; i < n; i++) groups.add(new ArrayList<>());
    for (ReadUnit u : sorted) {
      int best = 0;
      for (int i = 1; i < n; i++) if (load[i] < load[best]) best = i;
      groups.get(best).add(u);
      load[best] += Math.max(1, u.weight());
    }
    return groups;
  }
}
