package io.customerintel.adapters.postgres.winback;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.WinBackReviewStore;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.winback.ReviewCadence;
import io.customerintel.domain.winback.WinBackKind;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The tenant's win-back cadence (a row only once set) and one review stamp per list. */
public final class PgWinBackReviews implements WinBackReviewStore {
  private static final String CADENCE = "select review_cadence_months from win_back_setting where tenant_id = $1";
  private static final String CONFIGURE = "insert into win_back_setting (tenant_id, review_cadence_months)"
      + " values ($1, $2) on conflict (tenant_id) do update set review_cadence_months = excluded.review_cadence_months"
      + " returning review_cadence_months";
  private static final String LAST_REVIEWED = "select reviewed_at from win_back_review where tenant_id = $1 and kind = $2";
  /** greatest: a stamp from a clock running behind never moves the last review back. */
  private static final String MARK = "insert into win_back_review as r (tenant_id, kind, reviewed_at) values ($1, $2, $3)"
      + " on conflict (tenant_id, kind) do update set reviewed_at = greatest(r.reviewed_at, excluded.reviewed_at)"
      + " returning reviewed_at";

  private final Sql sql;

  public PgWinBackReviews(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<ReviewCadence> cadence(TenantId tenantId) {
    return sql.run(CADENCE, Sql.args(tenantId.value())).map(rows -> rows.size() == 0 ? ReviewCadence.DEFAULT
        : new ReviewCadence(rows.iterator().next().getInteger("review_cadence_months"))).toCompletionStage();
  }

  @Override
  public CompletionStage<ReviewCadence> configure(TenantId tenantId, ReviewCadence cadence) {
    return sql.run(CONFIGURE, Sql.args(tenantId.value(), cadence.months()))
        .map(rows -> new ReviewCadence(rows.iterator().next().getInteger("review_cadence_months"))).toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<Instant>> lastReviewed(TenantId tenantId, WinBackKind kind) {
    return sql.run(LAST_REVIEWED, Sql.args(tenantId.value(), kind.name()))
        .map(rows -> rows.size() == 0 ? Optional.<Instant>empty()
            : Optional.of(Rows.instant(rows.iterator().next(), "reviewed_at"))).toCompletionStage();
  }

  @Override
  public CompletionStage<Instant> markReviewed(TenantId tenantId, WinBackKind kind, Instant at) {
    return sql.run(MARK, Sql.args(tenantId.value(), kind.name(), Rows.utc(at)))
        .map(rows -> Rows.instant(rows.iterator().next(), "reviewed_at")).toCompletionStage();
  }
}
