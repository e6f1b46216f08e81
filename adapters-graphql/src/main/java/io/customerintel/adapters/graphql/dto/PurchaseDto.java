package io.customerintel.adapters.graphql.dto;

import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.domain.purchase.Purchase;
import java.time.OffsetDateTime;
import java.util.Currency;

/** The GraphQL Purchase. */
public record PurchaseDto(String id, String externalId, OffsetDateTime occurredAt, MoneyDto amount, int quantity) {

  public static PurchaseDto of(Purchase purchase, Currency currency) {
    return new PurchaseDto(GlobalIds.encode(GlobalIds.PURCHASE, purchase.id().value()), purchase.externalId(),
        Times.utc(purchase.occurredAt()), MoneyDto.of(purchase.amount(), currency), purchase.quantity());
  }
}
