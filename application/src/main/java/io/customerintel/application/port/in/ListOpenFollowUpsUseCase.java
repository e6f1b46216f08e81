package io.customerintel.application.port.in;

import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.followup.OpenFollowUp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Contact requests still waiting for a follow-up, with when each is (or was) due. */
public interface ListOpenFollowUpsUseCase {

  /** The tenant's open follow-ups, the earliest due first. */
  CompletionStage<Connection<OpenFollowUp>> openFollowUps(Query query);

  /** Each customer's open follow-ups, the earliest due first. */
  CompletionStage<Map<CustomerId, List<OpenFollowUp>>> openFollowUpsOf(AuthenticatedTenant tenant,
                                                                       Collection<CustomerId> customers);

  /** {@code overdueOnly} keeps the follow-ups whose due time has come. */
  record Query(AuthenticatedTenant tenant, boolean overdueOnly, PageArgs page) {
    public Query {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(page, "page");
    }
  }
}
