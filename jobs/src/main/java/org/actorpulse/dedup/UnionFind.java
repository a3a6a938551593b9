package org.actorpulse.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connected components of the pairs given to {@link #union}, each named after its least id ({@link String}
 * order), so the answer does not depend on the order the pairs come in. Memory grows with the distinct ids, not
 * with the pairs, so a stream of pairs can be folded in as it is read. Not thread-safe.
 */
public final class UnionFind {
  /**
   * @param id             a member
   * @param representative the least id of its component
   * @param size           members of the component
   */
  public record Membership(String id, String representative, int size) {}

  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private int[] parent = new int[16];
  private int[] size = new int[16];
  private int[] least = new int[16];

  public void union(String a, String b) {
    int ra = find(indexOf(a));
    int rb = find(indexOf(b));
    if (ra == rb) return;
    if (size[ra] < size[rb]) {
      int t = ra;
      ra = rb;
      rb = t;
    }
    parent[rb] = ra;
    size[ra] += size[rb];
    if (ids.get(least[rb]).compareTo(ids.get(least[ra])) < 0) least[ra] = least[rb];
  }

  /** Every id seen, with its component's representative and size. */
  public List<Membership> memberships() {
    List<Membership> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      int r = find(i);
      out.add(new Membership(ids.get(i), ids.get(least[r]), size[r]));
    }
    return out;
  }

  private int indexOf(String id) {
    Integer i = index.get(id);
    if (i != null) return i;
    int n = ids.size();
    if (n == parent.length) {
      parent = Arrays.copyOf(parent, n * 2);
      size = Arrays.copyOf(size, n * 2);
      least = Arrays.copyOf(least, n * 2);
    }
    ids.add(id);
    index.put(id, n);
    parent[n] = n;
    size[n] = 1;
    least[n] = n;
    return n;
  }

  /** Root of {@code i}, halving the path on the way (iterative: components can be long chains). */
  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
