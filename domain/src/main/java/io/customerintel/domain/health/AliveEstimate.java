package io.customerintel.domain.health;

import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fitted customer-base model's answer to "is this buyer still a customer?" on a given day. Health takes it as
 * one weighted component once the tenant has fitted a model (issue 4); without a model there is none.
 */
@FunctionalInterface
public interface AliveEstimate {
  /**
   * The probability, 0 to 1, that a customer with these purchase days (at least one, none after today, in day
   * order) is still alive today. It must not rise as today moves on with no new purchase day.
   */
  double probabilityAlive(List<PurchaseDayTotal> purchaseDays, LocalDate today);
}
