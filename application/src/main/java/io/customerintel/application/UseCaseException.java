package io.customerintel.application;

import java.util.Map;
import java.util.Objects;

/** A request the use cases refuse as a whole, with a stable code that clients can act on. */
public class UseCaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final Map<String, Object> details;

  public UseCaseException(String code, String message) {
    this(code, message, Map.of());
  }

  public UseCaseException(String code, String message, Map<String, Object> details) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.details = Map.copyOf(details);
  }

  /** For refusals caused by a failure below the use cases, kept as the cause for the logs. */
  protected UseCaseException(String code, String message, Throwable cause) {
    super(message, cause, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.details = Map.of();
  }

  public String code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }
}
