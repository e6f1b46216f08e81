package io.customerintel.domain.health;

/** How a customer's health score reads at a glance; the cut-offs are the policy's thresholds. */
public enum HealthBand {
  HEALTHY,
  NEUTRAL,
  AT_RISK,
  CRITICAL
}
