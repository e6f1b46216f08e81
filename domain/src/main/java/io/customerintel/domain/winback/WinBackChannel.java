package io.customerintel.domain.winback;

/** How a win-back attempt reached the customer. */
public enum WinBackChannel {
  EMAIL,
  PHONE,
  MAIL,
  VISIT,
  OTHER
}
