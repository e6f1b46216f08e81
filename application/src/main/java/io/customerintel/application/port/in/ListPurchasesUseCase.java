package io.customerintel.application.port.in;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.purchase.Purchase;
import io.customerintel.domain.purchase.PurchaseId;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Customers' purchases, newest first, a page per customer for many customers at once. */
public interface ListPurchasesUseCase {

  CompletionStage<Map<CustomerId, Connection<Purchase>>> purchasesOf(AuthenticatedTenant tenant,
                                                                     Collection<CustomerId> customers, PageArgs page);

  CompletionStage<Map<PurchaseId, Purchase>> purchasesByIds(AuthenticatedTenant tenant, Collection<PurchaseId> ids);
}
