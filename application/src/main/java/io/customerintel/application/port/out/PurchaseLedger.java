package io.customerintel.application.port.out;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.purchase.Purchase;
import io.customerintel.domain.purchase.PurchaseId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Stores purchases idempotently and keeps each buyer's facts current in the same transaction. */
public interface PurchaseLedger {

  /**
   * Stores the purchases whose external id is new for the tenant, then re-derives the facts and
   * lifecycle timeline, ledger and health (judged at now) of every customer touched with the rules, all in one transaction.
   */
  CompletionStage<RecordedPurchases> record(TenantId tenantId, List<NewPurchase> purchases, CustomerRules rules,
                                            Instant now);

  CompletionStage<Map<CustomerId, ItemSlice<Purchase>>> purchasesOf(TenantId tenantId, Collection<CustomerId> customers,
                                                                     PageRequest page);

  CompletionStage<Map<PurchaseId, Purchase>> byIds(TenantId tenantId, Collection<PurchaseId> ids);
}
