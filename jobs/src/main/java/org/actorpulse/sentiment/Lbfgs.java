package org.actorpulse.sentiment;

/**
 * Limited-memory BFGS minimiser with a backtracking (Armijo) line search: deterministic, dependency-free, and
 * enough for a convex objective of a few hundred thousand parameters.
 */
final class Lbfgs {
  /** A differentiable function: returns f(x) and writes the gradient into {@code gradient}. */
  interface Objective {
    double evaluate(double[] x, double[] gradient);
  }

  private Lbfgs() {
  }

  /** Minimises from {@code x} (updated in place) for at most {@code iterations} steps; returns the final value. */
  static double minimise(Objective f, double[] x, int iterations, int memory, double tolerance) {
    int n = x.length;
    double[][] s = new double[memory][n];
    double[][] y = new double[memory][n];
    double[] rho = new double[memory];
    double[] alpha = new double[memory];
    double[] g = new double[n];
    double[] gNew = new double[n];
    double[] d = new double[n];
    double[] xNew = new double[n];
    double fx = f.evaluate(x, g);
    int stored = 0;
    int next = 0;
    for (int it = 0; it < iterations; it++) {
      // two-loop recursion: d = -H g
      for (int i = 0; i < n; i++) d[i] = -g[i];
      for (int k = 0; k < stored; k++) {
        int j = Math.floorMod(next - 1 - k, memory);
        alpha[j] = rho[j] * dot(s[j], d);
        axpy(-alpha[j], y[j], d);
      }
      if (stored > 0) {
        int last = Math.floorMod(next - 1, memory);
        double gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
        for (int i = 0; i < n; i++) d[i] *= gamma;
      } else {
        double norm = Math.sqrt(dot(g, g));
        for (int i = 0; i < n; i++) d[i] /= Math.max(1, norm);
      }
      for (int k = stored - 1; k >= 0; k--) {
        int j = Math.floorMod(next - 1 - k, memory);
        double beta = rho[j] * dot(y[j], d);
        axpy(alpha[j] - beta, s[j], d);
      }
      double slope = dot(g, d);
      if (slope >= 0) { // not a descent direction: restart from steepest descent
        for (int i = 0; i < n; i++) d[i] = -g[i];
        slope = dot(g, d);
        stored = 0;
      }
      double step = 1;
      double fNew;
      while (true) {
        for (int i = 0; i < n; i++) xNew[i] = x[i] + step * d[i];
        fNew = f.evaluate(xNew, gNew);
        if (fNew <= fx + 1e-4 * step * slope || step < 1e-10) break;
        step *= 0.5;
      }
      for (int i = 0; i < n; i++) {
        s[next][i] = xNew[i] - x[i];
        y[next][i] = gNew[i] - g[i];
      }
      double sy = dot(s[next], y[next]);
      if (sy > 1e-12) {
        rho[next] = 1 / sy;
        next = (next + 1) % memory;
        stored = Math.min(stored + 1, memory);
      }
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      double improvement = fx - fNew;
      fx = fNew;
      if (improvement < tolerance * Math.max(1, Math.abs(fx))) break;
    }
    return fx;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] += a * x[i];
  }
}
