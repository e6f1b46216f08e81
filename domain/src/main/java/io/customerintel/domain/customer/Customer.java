package io.customerintel.domain.customer;

import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.health.HealthAssessment;
import io.customerintel.domain.lifecycle.CustomerFacts;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's customer (or prospect) with the maintained facts about their purchases and defection, and their
 * stored health (null only before it was first assessed).
 */
public record Customer(CustomerId id, String externalId, String name, Map<String, Object> attributes,
                       Instant firstSeenAt, CustomerFacts facts, DefectionId latestDefectionId,
                       HealthAssessment health) {
  public Customer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(firstSeenAt, "firstSeenAt");
    Objects.requireNonNull(facts, "facts");
    attributes = attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public Customer(CustomerId id, String externalId, String name, Map<String, Object> attributes,
                  Instant firstSeenAt, CustomerFacts facts, DefectionId latestDefectionId) {
    this(id, externalId, name, attributes, firstSeenAt, facts, latestDefectionId, null);
  }

  /** When the tenant first knew them: first contact, or the first purchase if that came earlier. */
  public Instant knownSince() {
    Instant firstPurchase = facts.firstPurchaseAt();
    return firstPurchase != null && firstPurchase.isBefore(firstSeenAt) ? firstPurchase : firstSeenAt;
  }
}
