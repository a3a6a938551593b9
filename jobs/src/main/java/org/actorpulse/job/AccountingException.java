package org.actorpulse.job;

/** The tables written do not add up to the input records read: nothing of the stage is committed. */
public final class AccountingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountingException(String message) {
    super(message);
  }
}
