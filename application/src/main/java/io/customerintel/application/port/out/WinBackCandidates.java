package io.customerintel.application.port.out;

import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.winback.WinBackCandidate;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackValueBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The customers of a win-back kind on a day, ordered by their value on the basis asked for (lifetime revenue, or the
 * stored predicted value with none counting as 0) descending, then external id ascending. LOST lists only customers
 * whose latest defection's reason is avoidable.
 */
public interface WinBackCandidates {

  /** Up to limit candidates strictly after the position in the order; days are calendar days in the zone. */
  CompletionStage<List<WinBackCandidate>> page(TenantId tenantId, ZoneId zone, LocalDate today, WinBackKind kind,
                                               WinBackValueBasis basis, Optional<Position> after, int limit);

  CompletionStage<Long> count(TenantId tenantId, LocalDate today, WinBackKind kind);

  /** Where a page ends: the order's keys of its last candidate. */
  record Position(BigDecimal value, String externalId) {
    public Position {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(externalId, "externalId");
    }
  }
}
