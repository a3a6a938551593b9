package org.actorpulse.cli;

/** The process exit codes, documented in the README. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  /** The run succeeded but rejected records, and {@code --signal-rejects} asked to be told. */
  public static final int REJECTS = 3;

  private ExitCodes() {}
}
