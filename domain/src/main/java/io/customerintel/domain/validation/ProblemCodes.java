package io.customerintel.domain.validation;

/** The stable codes a client sees for rejected input items; part of the public contract. */
public final class ProblemCodes {
  public static final String REQUIRED = "REQUIRED";
  public static final String TOO_LONG = "TOO_LONG";
  public static final String INVALID_FORMAT = "INVALID_FORMAT";
  public static final String INVALID_AMOUNT = "INVALID_AMOUNT";
  public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
  public static final String IN_FUTURE = "IN_FUTURE";
  public static final String UNKNOWN_CUSTOMER = "UNKNOWN_CUSTOMER";
  public static final String UNKNOWN_REASON = "UNKNOWN_REASON";
  public static final String DUPLICATE_IN_BATCH = "DUPLICATE_IN_BATCH";
  public static final String INVALID_RANGE = "INVALID_RANGE";
  /** An idempotency key (external id) sent again with different details than the stored item. */
  public static final String IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT";

  private ProblemCodes() {}
}
