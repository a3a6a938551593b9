package org.actorpulse.output;

/** Another run holds the output folder. */
public final class OutputLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutputLockedException(String message) {
    super(message);
  }
}
