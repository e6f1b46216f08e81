package io.customerintel.application;

/** Stable codes of whole-request refusals (extensions.code); part of the public contract. */
public final class ErrorCodes {
  public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
  public static final String BATCH_TOO_LARGE = "BATCH_TOO_LARGE";
  public static final String INVALID_CURSOR = "INVALID_CURSOR";
  public static final String INVALID_ID = "INVALID_ID";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String CONFLICT = "CONFLICT";
  /** A range of days that ends before it starts, or lies outside the years 1 to 9999. */
  public static final String INVALID_DATE_RANGE = "INVALID_DATE_RANGE";
  /** A range that splits into more periods of the interval than one answer may hold. */
  public static final String RANGE_TOO_LARGE = "RANGE_TOO_LARGE";

  private ErrorCodes() {}
}
