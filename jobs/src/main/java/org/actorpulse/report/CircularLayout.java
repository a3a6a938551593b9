package org.actorpulse.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Places nodes evenly on a circle, the first at 12 o'clock and the rest clockwise, in the order given (the report
 * gives them most mentioned first). Deterministic: the same actors always land in the same places, so reports of
 * two runs compare. Each node's label sits just outside the circle, anchored away from the centre so it never
 * runs across the drawing.
 */
public final class CircularLayout {
  /**
   * @param anchor SVG text-anchor of the label: {@code start} on the right half, {@code end} on the left,
   *               {@code middle} at the top and bottom
   */
  public record Placement(double x, double y, double labelX, double labelY, String anchor) {}

  private CircularLayout() {}

  /**
   * @param labelGap distance from the circle to the labels (at least the largest node's radius plus a margin)
   */
  public static List<Placement> place(int count, double cx, double cy, double radius, double labelGap) {
    List<Placement> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / count;
      double cos = Math.cos(angle);
      double sin = Math.sin(angle);
      double x = cx + radius * cos;
      double y = cy + radius * sin;
      double lx = cx + (radius + labelGap) * cos;
      // Text hangs from its baseline: shift by about a third of a line so it centres on the ray.
      double ly = cy + (radius + labelGap) * sin + 4 + (sin > 0.9 ? 8 : 0);
      String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
      out.add(new Placement(x, y, lx, ly, anchor));
    }
    return out;
  }
}
