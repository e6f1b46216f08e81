package io.customerintel.bootstrap.config;

/**
 * A setting the operator has to fix; its message is one line naming the variable and what is wrong, meant to be
 * printed as-is, without a stack trace.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
