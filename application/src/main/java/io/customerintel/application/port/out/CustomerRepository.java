package io.customerintel.application.port.out;

import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Stores customers with their maintained facts and answers listings over them. */
public interface CustomerRepository {

  /** Inserts or updates all in one transaction; returns how many were written. */
  default CompletionStage<Integer> upsert(TenantId tenantId, List<CustomerUpsert> customers) {
    return upsert(tenantId, customers, Optional.empty());
  }

  /**
   * As upsert, once per idempotency key: the key is stored in the same transaction, a retry writes nothing and
   * answers the count first written, and the key with another batch fails with IdempotencyConflictException.
   */
  CompletionStage<Integer> upsert(TenantId tenantId, List<CustomerUpsert> customers,
                                  Optional<IdempotentRequest> request);

  CompletionStage<Map<String, CustomerId>> idsByExternalIds(TenantId tenantId, Collection<String> externalIds);

  CompletionStage<Optional<Customer>> byExternalId(TenantId tenantId, String externalId);

  CompletionStage<Map<CustomerId, Customer>> byIds(TenantId tenantId, Collection<CustomerId> ids);

  /** Up to search.limit() customers after search.after(), in the search's order. */
  CompletionStage<List<Positioned<Customer, CustomerPosition>>> search(CustomerSearch search);

  /** How many customers match, ignoring position and limit. */
  CompletionStage<Long> count(CustomerSearch search);
}
