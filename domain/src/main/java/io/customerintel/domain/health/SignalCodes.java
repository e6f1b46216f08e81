package io.customerintel.domain.health;

/** The stable codes of risk signals; clients and stored filters rely on them, so never rename one. */
public final class SignalCodes {
  public static final String OVERDUE_PURCHASE = "OVERDUE_PURCHASE";
  public static final String SURVEY_RESPONSE_RATE_FALLING = "SURVEY_RESPONSE_RATE_FALLING";
  public static final String DETRACTOR = "DETRACTOR";
  public static final String NOT_SATISFIED = "NOT_SATISFIED";
  public static final String WOULD_NOT_BUY_AGAIN = "WOULD_NOT_BUY_AGAIN";
  public static final String UNANSWERED_CONTACT_REQUEST = "UNANSWERED_CONTACT_REQUEST";
  public static final String SPEND_DECLINING = "SPEND_DECLINING";

  private SignalCodes() {
  }
}
