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
  /** An idempotencyKey that is empty, blank, longer than 255 characters or holds characters that do not print. */
  public static final String INVALID_IDEMPOTENCY_KEY = "INVALID_IDEMPOTENCY_KEY";
  /** A value given twice in a list that takes each value once (e.g. an API key's scopes). */
  public static final String DUPLICATE = "DUPLICATE";
  /** The id names nothing the tenant has (another tenant's ids are answered the same way). */
  public static final String NOT_FOUND = "NOT_FOUND";
  /** Revoking this key would leave the tenant without an unrevoked ADMIN key, and so without key management. */
  public static final String LAST_ADMIN_KEY = "LAST_ADMIN_KEY";
  /** The request's reason means the customer must not be talked into staying (docs/save-desk.md). */
  public static final String DO_NOT_PRESSURE = "DO_NOT_PRESSURE";
  /** The cancellation request was already closed by a different save attempt. */
  public static final String ALREADY_CLOSED = "ALREADY_CLOSED";
  /** A win-back attempt for a customer who was on no win-back list (INACTIVE, LOST, PROSPECT) on its day. */
  public static final String NOT_A_WIN_BACK_CANDIDATE = "NOT_A_WIN_BACK_CANDIDATE";

  private ProblemCodes() {}
  /** The month's loss review was never started (startLossReview). */
  public static final String REVIEW_NOT_STARTED = "REVIEW_NOT_STARTED";
  /** Only a customer who was reached can confirm a reason or say whether they would return. */
  public static final String NOT_REACHED = "NOT_REACHED";
}
