package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.ListOpenFollowUpsUseCase;
import io.customerintel.application.port.in.Page;
import io.customerintel.application.port.out.OpenFollowUpFinder;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.followup.OpenFollowUp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Lists open follow-ups due the tenant's follow-up deadline after each request. */
public final class OpenFollowUpService implements ListOpenFollowUpsUseCase {
  private final OpenFollowUpFinder finder;
  private final Clock clock;

  public OpenFollowUpService(OpenFollowUpFinder finder, Clock clock) {
    this.finder = finder;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Connection<OpenFollowUp>> openFollowUps(Query query) {
    var after = query.page().after().map(ItemCursors::decode);
    Duration deadline = query.tenant().healthPolicy().followUpDeadline();
    // due = answered + deadline, so "due by now" is "answered by now - deadline" and the order by due is by answer
    Instant now = clock.instant();
    Optional<Instant> answeredBy = query.overdueOnly() ? Optional.of(now.minus(deadline)) : Optional.empty();
    return finder.openRequests(query.tenant().tenantId(), answeredBy, query.page().first(), after).thenApply(slice -> {
      var edges = slice.items().stream().map(request -> new Page.Edge<>(
          ItemCursors.encode(request.respondedAt(), request.id().value()), OpenFollowUp.asOf(request, deadline, now)))
          .toList();
      return new Connection<>(new Page<>(edges, slice.hasMore(), after.isPresent()), slice.totalCount());
    });
  }

  @Override
  public CompletionStage<Map<CustomerId, List<OpenFollowUp>>> openFollowUpsOf(AuthenticatedTenant tenant,
                                                                              Collection<CustomerId> customers) {
    if (customers.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Duration deadline = tenant.healthPolicy().followUpDeadline();
    Instant now = clock.instant();
    return finder.openRequestsOf(tenant.tenantId(), customers).thenApply(found -> {
      Map<CustomerId, List<OpenFollowUp>> result = new LinkedHashMap<>();
      for (CustomerId customer : customers) {
        result.put(customer, found.getOrDefault(customer, List.of()).stream()
            .map(request -> OpenFollowUp.asOf(request, deadline, now)).toList());
      }
      return result;
    });
  }
}
