package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.application.port.in.CustomerProfile;
import io.customerintel.domain.conversation.ConversationGuide;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenure.Tenure;
import io.customerintel.domain.value.CustomerValue;
import io.customerintel.domain.value.ValueTier;
import java.time.OffsetDateTime;
import java.util.Map;

/** The GraphQL Customer; purchases, surveys and defection are resolved by loaders from the ids kept here. */
public record CustomerDto(String id, String externalId, String name, Map<String, Object> attributes,
                          OffsetDateTime firstSeenAt, OffsetDateTime firstPurchaseAt, OffsetDateTime lastPurchaseAt,
                          LifecycleStage lifecycleStage, Tenure tenure, ValueDto value, HealthDto health,
                          ConversationGuide conversationGuide, CustomerId customerId, DefectionId latestDefectionId,
                          long purchaseCount, Customer customer) {

  public static CustomerDto of(CustomerProfile profile) {
    Customer customer = profile.customer();
    return new CustomerDto(GlobalIds.encode(GlobalIds.CUSTOMER, customer.id().value()), customer.externalId(),
        customer.name(), customer.attributes(), Times.utc(customer.knownSince()),
        Times.utc(customer.facts().firstPurchaseAt()), Times.utc(customer.facts().lastPurchaseAt()),
        profile.lifecycleStage(), profile.tenure(), ValueDto.of(profile.value()),
        HealthDto.of(customer.id(), profile.health()),
        profile.conversationGuide().orElse(null), customer.id(), customer.latestDefectionId(),
        customer.facts().purchaseCount(), customer);
  }

  /** The GraphQL CustomerValue. */
  public record ValueDto(MoneyDto lifetimeRevenue, long purchaseCount, MoneyDto averageOrderValue, ValueTier tier) {
    static ValueDto of(CustomerValue value) {
      return new ValueDto(MoneyDto.of(value.lifetimeRevenue()), value.purchaseCount(),
          MoneyDto.of(value.averageOrderValue()), value.tier());
    }
  }
}
