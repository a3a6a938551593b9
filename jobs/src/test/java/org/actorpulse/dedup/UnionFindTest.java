package org.actorpulse.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UnionFindTest {
  private static Map<String, String> run(List<String[]> pairs) {
    UnionFind uf = new UnionFind();
    for (String[] p : pairs) uf.union(p[0], p[1]);
    Map<String, String> out = new TreeMap<>();
    for (UnionFind.Membership m : uf.memberships()) out.put(m.id(), m.representative() + "/" + m.size());
    return out;
  }

  @Test
  void componentsAreNamedAfterTheirLeastIdWhateverThePairOrder() {
    List<String[]> pairs = new ArrayList<>(List.of(new String[] {"e", "c"}, new String[] {"c", "d"},
        new String[] {"z", "y"}, new String[] {"d", "b"}, new String[] {"y", "x"}, new String[] {"b", "e"}));
    Map<String, String> expected = Map.of("b", "b/4", "c", "b/4", "d", "b/4", "e", "b/4",
        "x", "x/3", "y", "x/3", "z", "x/3");
    Random r = new Random(3);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(pairs, r);
      assertEquals(new TreeMap<>(expected), run(pairs));
    }
  }

  @Test
  void aLongChainIsOneComponent() {
    List<String[]> chain = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) chain.add(new String[] {String.format("%06d", i + 1), String.format("%06d", i)});
    Map<String, String> out = run(chain);
    assertEquals(100_001, out.size());
    assertEquals("000000/100001", out.get("100000"));
  }
}
