package io.customerintel.domain.winback;

/**
 * What the contact itself brought. Being won back is not an outcome: it is derived from a later purchase, so it
 * cannot be claimed without one.
 */
public enum WinBackOutcome {
  NO_RESPONSE,
  DECLINED,
  INTERESTED
}
