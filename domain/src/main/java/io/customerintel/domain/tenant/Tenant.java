package io.customerintel.domain.tenant;

import io.customerintel.domain.health.HealthPolicy;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.prediction.PredictionModel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;

/**
 * A company using the platform: its currency, calendar (time zone), lifecycle windows, health model and (once
 * fitted) the customer-base models that drive its predictions.
 */
public record Tenant(TenantId id, String name, Currency currency, ZoneId zone, LifecyclePolicy lifecyclePolicy,
                     HealthPolicy healthPolicy, Instant createdAt, PredictionModel predictionModel) {
  public static final int MAX_NAME_LENGTH = 100;

  public Tenant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lifecyclePolicy, "lifecyclePolicy");
    Objects.requireNonNull(healthPolicy, "healthPolicy");
    Objects.requireNonNull(createdAt, "createdAt");
    validName(name);
  }

  /** A tenant without fitted customer-base models. */
  public Tenant(TenantId id, String name, Currency currency, ZoneId zone, LifecyclePolicy lifecyclePolicy,
                HealthPolicy healthPolicy, Instant createdAt) {
    this(id, name, currency, zone, lifecyclePolicy, healthPolicy, createdAt, null);
  }

  /** A tenant on the default health model. */
  public Tenant(TenantId id, String name, Currency currency, ZoneId zone, LifecyclePolicy lifecyclePolicy,
                Instant createdAt) {
    this(id, name, currency, zone, lifecyclePolicy, HealthPolicy.DEFAULT, createdAt);
  }

  /** The rules that derive this tenant's customer data. */
  public CustomerRules rules() {
    return new CustomerRules(zone, lifecyclePolicy, healthPolicy, predictionModel);
  }

  /** Tenant names are handles used on the command line: short, printable, no surrounding blanks. */
  public static String validName(String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH || !name.strip().equals(name)
        || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("tenant name must be 1 to " + MAX_NAME_LENGTH
          + " printable characters without leading or trailing blanks");
    }
    return name;
  }
}
