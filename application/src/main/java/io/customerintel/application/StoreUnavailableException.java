package io.customerintel.application;

/**
 * Raised through an outgoing port whose store cannot be reached (connection refused, lost or timed out). A write that
 * failed so runs in one transaction: it is stored entirely (only its acknowledgement was lost) or not at all.
 */
public final class StoreUnavailableException extends UseCaseException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(ErrorCodes.DATABASE_UNAVAILABLE, message, cause);
  }
}
