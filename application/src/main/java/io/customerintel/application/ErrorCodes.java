package io.customerintel.application;

/** Stable codes of whole-request refusals (extensions.code); part of the public contract. */
public final class ErrorCodes {
  public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
  public static final String BATCH_TOO_LARGE = "BATCH_TOO_LARGE";
  public static final String INVALID_CURSOR = "INVALID_CURSOR";
  public static final String INVALID_ID = "INVALID_ID";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String CONFLICT = "CONFLICT";

  private ErrorCodes() {}
}
