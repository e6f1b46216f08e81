package io.customerintel.adapters.postgres.setup;

/**
 * Raised when PostgreSQL cannot be used at all (down, wrong credentials, no permission), carrying a one-line message
 * meant to be printed to an operator as-is instead of a stack trace.
 */
public final class DatabaseUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public DatabaseUnavailableException(String message) {
    super(message);
  }
}
