package io.customerintel.application.service;

import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.FindWinBackCandidatesUseCase;
import io.customerintel.application.port.in.Page;
import io.customerintel.application.port.out.WinBackAttemptStore;
import io.customerintel.application.port.out.WinBackCandidates;
import io.customerintel.application.port.out.WinBackCandidates.Position;
import io.customerintel.domain.money.Money;
import io.customerintel.domain.winback.WinBackCandidate;
import io.customerintel.domain.winback.WinBackValueBasis;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Win-back lists as of the clock's today, ordered by predicted value once the tenant has count and spend models
 * (lifetime revenue before, and for prospects). The stages listed (INACTIVE, LOST, PROSPECT) never depend on health, so
 * unlike the customer listing no catch-up is needed first.
 */
public final class WinBackCandidateService implements FindWinBackCandidatesUseCase {
  private final WinBackCandidates candidates;
  private final WinBackAttemptStore attempts;
  private final Clock clock;

  public WinBackCandidateService(WinBackCandidates candidates, WinBackAttemptStore attempts, Clock clock) {
    this.candidates = candidates;
    this.attempts = attempts;
    this.clock = clock;
  }

  @Override
  public CompletionStage<Connection<Listed>> candidates(Query query) {
    AuthenticatedTenant tenant = query.tenant();
    WinBackValueBasis basis = WinBackValueBasis.of(query.kind(), tenant.predictionModel());
    Optional<Position> after = query.page().after()
        .map(cursor -> WinBackCursors.decode(cursor, query.kind(), basis));
    LocalDate today = LocalDate.ofInstant(clock.instant(), tenant.zone());
    int size = query.page().first();
    Currency currency = Currency.getInstance(tenant.currency());
    int window = tenant.lifecyclePolicy().inactivityWindowDays();
    return candidates.page(tenant.tenantId(), tenant.zone(), today, query.kind(), basis, after, size + 1)
        .thenCompose(found -> {
          List<WinBackCandidate> shown = found.subList(0, Math.min(size, found.size()));
          // one statement for the whole page's latest attempts
          return attempts.latest(tenant.tenantId(), shown.stream().map(WinBackCandidate::customerId).toList())
              .thenCombine(candidates.count(tenant.tenantId(), today, query.kind()), (latest, total) -> {
                List<Page.Edge<Listed>> edges = new ArrayList<>();
                for (WinBackCandidate candidate : shown) {
                  BigDecimal value = candidate.value(basis);
                  String cursor = WinBackCursors.encode(query.kind(), basis,
                      new Position(value, candidate.externalId()));
                  edges.add(new Page.Edge<>(cursor, new Listed(candidate, candidate.reason(today, window), basis,
                      basis == WinBackValueBasis.PREDICTED_VALUE ? Money.estimate(value, currency)
                          : new Money(value, currency),
                      new Money(candidate.revenue(), currency),
                      Optional.ofNullable(candidate.predictedValue()).map(v -> Money.estimate(v, currency)),
                      Optional.ofNullable(latest.get(candidate.customerId())))));
                }
                return new Connection<>(new Page<>(edges, found.size() > size, after.isPresent()), total);
              });
        });
  }
}
