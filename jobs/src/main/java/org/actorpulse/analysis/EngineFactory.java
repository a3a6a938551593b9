package org.actorpulse.analysis;

import java.io.Serializable;

/**
 * Builds an {@link AnalysisEngine} on an executor. The factory is broadcast from the driver; {@link #engine()}
 * builds the engine (compiled matchers) once per executor JVM and then hands out the same thread-safe instance.
 */
public abstract class EngineFactory implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient volatile AnalysisEngine engine;

  /** Builds a new engine; called at most once per deserialized factory. */
  protected abstract AnalysisEngine build();

  /** Short name for logs and the runs table, e.g. {@code fast}. */
  public abstract String name();

  public final AnalysisEngine engine() {
    AnalysisEngine e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) engine = e = build();
      }
    }
    return e;
  }
}
