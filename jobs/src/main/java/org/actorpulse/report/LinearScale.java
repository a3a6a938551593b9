package org.actorpulse.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a numeric domain onto pixels, linearly; the range may run backwards (SVG's y grows downwards). An empty
 * domain (low = high) is widened by one on each side, so a single value lands mid-range instead of dividing by
 * zero. Immutable.
 */
public record LinearScale(double domainLow, double domainHigh, double rangeLow, double rangeHigh) {
  public LinearScale {
    if (!Double.isFinite(domainLow) || !Double.isFinite(domainHigh) || domainLow > domainHigh) {
      throw new IllegalArgumentException("bad domain [" + domainLow + ", " + domainHigh + "]");
    }
    if (domainLow == domainHigh) {
      domainLow -= 1;
      domainHigh += 1;
    }
  }

  /** A scale from 0 to at least {@code max}, its top rounded up to a nice tick ({@code 0..37} becomes 0..40). */
  public static LinearScale fromZero(double max, double rangeLow, double rangeHigh, int tickCount) {
    double top = max <= 0 ? 1 : Math.ceil(max / niceStep(0, max, tickCount)) * niceStep(0, max, tickCount);
    return new LinearScale(0, top, rangeLow, rangeHigh);
  }

  public double map(double x) {
    return rangeLow + (x - domainLow) / (domainHigh - domainLow) * (rangeHigh - rangeLow);
  }

  /** Round values (multiples of 1, 2 or 5 times a power of ten) inside the domain, about {@code count} of them. */
  public List<Double> ticks(int count) {
    double step = niceStep(domainLow, domainHigh, count);
    List<Double> out = new ArrayList<>();
    long first = (long) Math.ceil(domainLow / step - 1e-9);
    long last = (long) Math.floor(domainHigh / step + 1e-9);
    for (long i = first; i <= last; i++) out.add(clean(i * step));
    return out;
  }

  static double niceStep(double low, double high, int count) {
    double span = high - low;
    if (span <= 0 || count < 1) return 1;
    double raw = span / count;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * power;
  }

  /** Removes floating-point noise such as 0.30000000000000004 so tick labels print as written. */
  private static double clean(double x) {
    return Math.round(x * 1e9) / 1e9;
  }
}
