package io.customerintel.application.fakes;

import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.application.port.out.SurveyResponseRepository;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.survey.SurveyResponseId;
import io.customerintel.domain.tenant.CustomerRules;
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

/**
 * SurveyResponseRepository over the in-memory store: one per customer and survey; a later write takes its
 * sentAt and completes the answers (an answer left null keeps the stored one).
 */
public final class InMemorySurveyResponses implements SurveyResponseRepository {
  private final InMemoryStore store;
  public final List<List<NewSurveyResponse>> upserts = new ArrayList<>();
  private final InMemoryKeys keys = new InMemoryKeys();

  public InMemorySurveyResponses(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public CompletionStage<Integer> upsert(TenantId tenantId, List<NewSurveyResponse> responses, CustomerRules rules,
                                         Instant now, Optional<IdempotentRequest> request) {
    return keys.once(tenantId, request, () -> stored(tenantId, responses, rules, now));
  }

  private CompletionStage<Integer> stored(TenantId tenantId, List<NewSurveyResponse> responses, CustomerRules rules,
                                          Instant now) {
    upserts.add(List.copyOf(responses));
    List<SurveyResponse> all = store.surveysOf(tenantId);
    for (NewSurveyResponse r : responses) {
      SurveyResponse old = all.stream()
          .filter(s -> s.customerId().equals(r.customerId()) && s.surveyId().equals(r.surveyId())).findFirst().orElse(null);
      if (old == null) {
        all.add(new SurveyResponse(new SurveyResponseId(store.nextId()), r.customerId(), r.surveyId(), r.sentAt(),
            r.respondedAt(), r.satisfied(), r.wouldPurchaseAgain(), r.likelihoodToRecommend(), r.wantsContact(),
            r.comment()));
      } else {
        all.set(all.indexOf(old), new SurveyResponse(old.id(), old.customerId(), old.surveyId(), r.sentAt(),
            or(r.respondedAt(), old.respondedAt()), or(r.satisfied(), old.satisfied()),
            or(r.wouldPurchaseAgain(), old.wouldPurchaseAgain()), or(r.likelihoodToRecommend(), old.likelihoodToRecommend()),
            or(r.wantsContact(), old.wantsContact()), or(r.comment(), old.comment())));
      }
    }
    responses.stream().map(NewSurveyResponse::customerId).distinct()
        .forEach(customer -> store.rederive(tenantId, customer, rules, now, false));
    return CompletableFuture.completedFuture(responses.size());
  }

  private static <T> T or(T given, T stored) {
    return given != null ? given : stored;
  }

  @Override
  public CompletionStage<Map<CustomerId, ItemSlice<SurveyResponse>>> responsesOf(TenantId tenantId,
                                                                                Collection<CustomerId> customers,
                                                                                PageRequest page) {
    Map<CustomerId, ItemSlice<SurveyResponse>> result = new LinkedHashMap<>();
    for (CustomerId customer : customers) {
      List<SurveyResponse> all = new ArrayList<>(store.surveysOf(tenantId).stream()
          .filter(s -> s.customerId().equals(customer)).toList());
      all.sort(Comparator.comparing(SurveyResponse::sentAt).thenComparing(s -> s.id().value()).reversed());
      List<SurveyResponse> after = all.stream().filter(s -> page.after().isEmpty()
          || s.sentAt().isBefore(page.after().get().at())
          || (s.sentAt().equals(page.after().get().at()) && s.id().value() < page.after().get().id())).toList();
      result.put(customer, new ItemSlice<>(after.subList(0, Math.min(page.limit(), after.size())),
          after.size() > page.limit(), all.size()));
    }
    return CompletableFuture.completedFuture(result);
  }

  @Override
  public CompletionStage<Map<SurveyResponseId, SurveyResponse>> byIds(TenantId tenantId,
                                                                     Collection<SurveyResponseId> ids) {
    Map<SurveyResponseId, SurveyResponse> found = new LinkedHashMap<>();
    store.surveysOf(tenantId).stream().filter(s -> ids.contains(s.id())).forEach(s -> found.put(s.id(), s));
    return CompletableFuture.completedFuture(found);
  }
}
