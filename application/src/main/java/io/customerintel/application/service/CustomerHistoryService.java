package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.ListPurchasesUseCase;
import io.customerintel.application.port.in.ListSurveyResponsesUseCase;
import io.customerintel.application.port.in.Page;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.application.port.out.PurchaseLedger;
import io.customerintel.application.port.out.SurveyResponseRepository;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.purchase.Purchase;
import io.customerintel.domain.purchase.PurchaseId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.survey.SurveyResponseId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Pages through customers' purchases and survey responses, many customers per call. */
public final class CustomerHistoryService implements ListPurchasesUseCase, ListSurveyResponsesUseCase {
  private final PurchaseLedger purchases;
  private final SurveyResponseRepository responses;

  public CustomerHistoryService(PurchaseLedger purchases, SurveyResponseRepository responses) {
    this.purchases = purchases;
    this.responses = responses;
  }

  @Override
  public CompletionStage<Map<CustomerId, Connection<Purchase>>> purchasesOf(AuthenticatedTenant tenant,
                                                                            Collection<CustomerId> customers,
                                                                            PageArgs page) {
    PageRequest request = request(page);
    if (customers.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return purchases.purchasesOf(tenant.tenantId(), customers, request)
        .thenApply(slices -> connections(customers, slices, page, p -> ItemCursors.encode(p.occurredAt(), p.id().value())));
  }

  @Override
  public CompletionStage<Map<PurchaseId, Purchase>> purchasesByIds(AuthenticatedTenant tenant,
                                                                  Collection<PurchaseId> ids) {
    return ids.isEmpty() ? CompletableFuture.completedFuture(Map.of()) : purchases.byIds(tenant.tenantId(), ids);
  }

  @Override
  public CompletionStage<Map<CustomerId, Connection<SurveyResponse>>> responsesOf(AuthenticatedTenant tenant,
                                                                                 Collection<CustomerId> customers,
                                                                                 PageArgs page) {
    PageRequest request = request(page);
    if (customers.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return responses.responsesOf(tenant.tenantId(), customers, request)
        .thenApply(slices -> connections(customers, slices, page, r -> ItemCursors.encode(r.sentAt(), r.id().value())));
  }

  @Override
  public CompletionStage<Map<SurveyResponseId, SurveyResponse>> responsesByIds(AuthenticatedTenant tenant,
                                                                              Collection<SurveyResponseId> ids) {
    return ids.isEmpty() ? CompletableFuture.completedFuture(Map.of()) : responses.byIds(tenant.tenantId(), ids);
  }

  private static PageRequest request(PageArgs page) {
    return new PageRequest(page.first(), page.after().map(ItemCursors::decode));
  }

  private static <T> Map<CustomerId, Connection<T>> connections(Collection<CustomerId> customers,
                                                                Map<CustomerId, ItemSlice<T>> slices, PageArgs page,
                                                                Function<T, String> cursor) {
    Map<CustomerId, Connection<T>> result = new LinkedHashMap<>();
    for (CustomerId customer : customers) {
      ItemSlice<T> slice = slices.getOrDefault(customer, new ItemSlice<>(java.util.List.of(), false, 0));
      var edges = slice.items().stream().map(item -> new Page.Edge<>(cursor.apply(item), item)).toList();
      result.put(customer, new Connection<>(new Page<>(edges, slice.hasMore(), page.after().isPresent()),
          slice.totalCount()));
    }
    return result;
  }

}
