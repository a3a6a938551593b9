package org.actorpulse.output;

/** A stage was asked to read a table that an earlier stage has not written to this output folder. */
public final class MissingTableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MissingTableException(String message) {
    super(message);
  }
}
