package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.Defection;
import java.time.OffsetDateTime;
import java.util.Currency;

/** The GraphQL Defection; customer and reason are resolved by loaders from the keys kept here. */
public record DefectionDto(String id, OffsetDateTime occurredAt, String detail, String competitor,
                           MoneyDto lostAnnualValue, CustomerId customerId, String reasonCode,
                           String originalReasonCode) {

  public static DefectionDto of(Defection defection, Currency currency) {
    return new DefectionDto(GlobalIds.encode(GlobalIds.DEFECTION, defection.id().value()),
        Times.utc(defection.occurredAt()), defection.detail(), defection.competitor(),
        MoneyDto.of(defection.lostAnnualValue(), currency), defection.customerId(), defection.reasonCode(),
        defection.originalReasonCode());
  }
}
