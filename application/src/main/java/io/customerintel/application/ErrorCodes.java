package io.customerintel.application;

/** Stable codes of whole-request refusals (extensions.code); part of the public contract. */
public final class ErrorCodes {
  public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
  public static final String BATCH_TOO_LARGE = "BATCH_TOO_LARGE";
  public static final String INVALID_CURSOR = "INVALID_CURSOR";
  public static final String INVALID_ID = "INVALID_ID";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String CONFLICT = "CONFLICT";
  /** The API key lacks the scope the operation needs (e.g. ADMIN to manage keys). */
  public static final String FORBIDDEN = "FORBIDDEN";
  /** A range of days that ends before it starts, or lies outside the years 1 to 9999. */
  public static final String INVALID_DATE_RANGE = "INVALID_DATE_RANGE";
  /** A range that splits into more periods of the interval than one answer may hold. */
  public static final String RANGE_TOO_LARGE = "RANGE_TOO_LARGE";

  /** A second model fit for a tenant while one is running. */
  public static final String FIT_IN_PROGRESS = "FIT_IN_PROGRESS";
  /** Too few repeat buyers for a fit; the previous model stays. */
  public static final String NOT_ENOUGH_DATA = "NOT_ENOUGH_DATA";
  /** The optimizer found no proper maximum; the previous model stays. */
  public static final String MODEL_DID_NOT_CONVERGE = "MODEL_DID_NOT_CONVERGE";

  /** The database cannot be reached right now (HTTP 503): nothing was done, or a write is all or nothing; retry. */
  public static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

  private ErrorCodes() {}
}
