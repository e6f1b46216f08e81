package io.customerintel.application.fakes;

import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.OpenFollowUpFinder;
import io.customerintel.application.port.out.PageRequest.ItemPosition;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.followup.FollowUp;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/** OpenFollowUpFinder over the in-memory store: requests without a follow-up at or after them, oldest first. */
public final class InMemoryOpenFollowUps implements OpenFollowUpFinder {
  private static final Comparator<SurveyResponse> OLDEST_FIRST = Comparator.comparing(SurveyResponse::respondedAt)
      .thenComparingLong(r -> r.id().value());
  private final InMemoryStore store;

  public InMemoryOpenFollowUps(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<ItemSlice<SurveyResponse>> openRequests(TenantId tenantId, Optional<Instant> answeredBy,
                                                                 int limit, Optional<ItemPosition> after) {
    List<SurveyResponse> all = open(tenantId).filter(r -> answeredBy.isEmpty()
        || !r.respondedAt().isAfter(answeredBy.get())).toList();
    List<SurveyResponse> rest = all.stream().filter(r -> after.isEmpty()
        || r.respondedAt().isAfter(after.get().at())
        || (r.respondedAt().equals(after.get().at()) && r.id().value() > after.get().id())).toList();
    return CompletableFuture.completedFuture(new ItemSlice<>(rest.subList(0, Math.min(limit, rest.size())),
        rest.size() > limit, all.size()));
  }

  @Override
  public CompletionStage<Map<CustomerId, List<SurveyResponse>>> openRequestsOf(TenantId tenantId,
                                                                              Collection<CustomerId> customers) {
    Map<CustomerId, List<SurveyResponse>> result = new LinkedHashMap<>();
    open(tenantId).filter(r -> customers.contains(r.customerId()))
        .forEach(r -> result.computeIfAbsent(r.customerId(), c -> new ArrayList<>()).add(r));
    return CompletableFuture.completedFuture(result);
  }

  private Stream<SurveyResponse> open(TenantId tenantId) {
    return store.surveysOf(tenantId).stream()
        .filter(r -> Boolean.TRUE.equals(r.wantsContact()) && r.respondedAt() != null)
        .filter(r -> store.followUps.getOrDefault(r.customerId(), List.of()).stream().map(FollowUp::at)
            .noneMatch(at -> !at.isBefore(r.respondedAt())))
        .sorted(OLDEST_FIRST);
  }
}
