package io.customerintel.adapters.postgres.setup;

/**
 * Raised when the server was reachable but a migration could not be applied, so operators can tell a broken schema
 * change apart from an unreachable database; the message is one printable line.
 */
public final class MigrationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MigrationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
