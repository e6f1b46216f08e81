package io.customerintel.application.port.in;

import io.customerintel.domain.money.Money;
import io.customerintel.domain.winback.WinBackAttempt;
import io.customerintel.domain.winback.WinBackCandidate;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackValueBasis;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Lists the customers worth winning back of one kind, most valuable first, each with why they are on the list. */
public interface FindWinBackCandidatesUseCase {

  CompletionStage<Connection<Listed>> candidates(Query query);

  /** One kind's list, paged. */
  record Query(AuthenticatedTenant tenant, WinBackKind kind, PageArgs page) {
    public Query {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(page, "page");
    }
  }

  /**
   * A candidate as listed today: the reason in words, what the order used (the basis and its value in the tenant's
   * currency), both values it could use, and the latest attempt to win them back, if any.
   */
  record Listed(WinBackCandidate candidate, String reason, WinBackValueBasis basis, Money value, Money lifetimeRevenue,
                Optional<Money> predictedValue, Optional<WinBackAttempt> lastAttempt) {}
}
