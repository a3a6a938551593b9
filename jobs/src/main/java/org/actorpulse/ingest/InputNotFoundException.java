package org.actorpulse.ingest;

/** An input path that does not exist, a glob that matches nothing, or a folder without files. */
public final class InputNotFoundException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputNotFoundException(String message) {
    super(message);
  }
}
