package io.customerintel.application.port.in;

import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.domain.customer.CustomerId;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Looks customers up and lists them with their stage, tenure and value as of now. */
public interface FindCustomersUseCase {

  CompletionStage<Optional<CustomerProfile>> byExternalId(AuthenticatedTenant tenant, String externalId);

  CompletionStage<Map<CustomerId, CustomerProfile>> byIds(AuthenticatedTenant tenant, Collection<CustomerId> ids);

  CompletionStage<Page<CustomerProfile>> list(Query query);

  CompletionStage<Long> count(AuthenticatedTenant tenant, CustomerFilter filter);

  /** A listing: filter, order (default external id ascending) and page. */
  record Query(AuthenticatedTenant tenant, CustomerFilter filter, CustomerSort sort, PageArgs page) {
    public static final CustomerSort DEFAULT_SORT = new CustomerSort(CustomerSort.Field.EXTERNAL_ID, false);

    public Query {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(page, "page");
      filter = filter == null ? CustomerFilter.ALL : filter;
      sort = sort == null ? DEFAULT_SORT : sort;
    }
  }
}
