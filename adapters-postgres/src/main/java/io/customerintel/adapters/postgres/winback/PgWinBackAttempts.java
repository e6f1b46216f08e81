package io.customerintel.adapters.postgres.winback;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.NewWinBackAttempt;
import io.customerintel.application.port.out.WinBackAttemptStore;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import io.customerintel.domain.winback.WinBackAttempt;
import io.customerintel.domain.winback.WinBackChannel;
import io.customerintel.domain.winback.WinBackKind;
import io.customerintel.domain.winback.WinBackOutcome;
import io.customerintel.domain.winback.WinBackStats;
import io.customerintel.domain.winback.WinBackTally;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Win-back attempts, once per customer, time and channel; the statistics join them to the purchase days. */
public final class PgWinBackAttempts implements WinBackAttemptStore {
  private static final String COLUMNS = "a.id, a.customer_id, a.kind, a.channel, a.outcome, a.notes, a.attempted_at";
  /** The customer join keeps an attempt from ever pointing at another tenant's customer. */
  private static final String INSERT = "insert into win_back_attempt as a (tenant_id, customer_id, kind, channel,"
      + " outcome, notes, attempted_at, attempted_day)"
      + " select $1, c.id, $3, $4, $5, $6, $7, $8 from customer c where c.id = $2 and c.tenant_id = $1"
      + " on conflict (customer_id, attempted_at, channel) do nothing returning " + COLUMNS;
  private static final String EXISTING = "select " + COLUMNS + " from win_back_attempt a"
      + " where a.tenant_id = $1 and a.customer_id = $2 and a.attempted_at = $3 and a.channel = $4";
  private static final String LATEST = "select distinct on (a.customer_id) " + COLUMNS + " from win_back_attempt a"
      + " where a.tenant_id = $1 and a.customer_id = any($2::bigint[])"
      + " order by a.customer_id, a.attempted_at desc, a.id desc";
  private static final String TALLY = "count(*) as attempts, count(distinct a.customer_id) as customers,"
      + " count(distinct a.customer_id) filter (where a.won) as won_back";
  /**
   * One row for the total and one per kind and per channel. A customer is won back within a group when any of the
   * group's attempts has a purchase day from its day to $4 days after; count(distinct) counts each customer once.
   */
  private static final String STATS = "with a as (select a.customer_id, a.kind, a.channel, exists (select 1"
      + " from purchase_day p where p.customer_id = a.customer_id and p.tenant_id = a.tenant_id"
      + " and p.day >= a.attempted_day and p.day <= a.attempted_day + $4::int) as won"
      + " from win_back_attempt a where a.tenant_id = $1 and a.attempted_day between $2 and $3)"
      + " select 'TOTAL' as dimension, '' as key, " + TALLY + " from a"
      + " union all select 'KIND', a.kind, " + TALLY + " from a group by a.kind"
      + " union all select 'CHANNEL', a.channel, " + TALLY + " from a group by a.channel";

  private final Sql sql;

  public PgWinBackAttempts(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<WinBackAttempt> record(TenantId tenantId, NewWinBackAttempt attempt) {
    long tenant = tenantId.value();
    long customer = attempt.customerId().value();
    return sql.run(INSERT, Sql.args(tenant, customer, attempt.kind().name(), attempt.channel().name(),
            attempt.outcome().name(), attempt.notes(), Rows.utc(attempt.attemptedAt()), attempt.attemptedDay()))
        .compose(inserted -> inserted.size() > 0 ? Future.succeededFuture(attempt(inserted.iterator().next()))
            : Future.fromCompletionStage(existing(tenantId, attempt.customerId(), attempt.attemptedAt(),
                attempt.channel())).compose(existing -> existing.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
                    "no customer " + customer + " for this tenant")))))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<WinBackAttempt>> existing(TenantId tenantId, CustomerId customerId,
                                                            Instant attemptedAt, WinBackChannel channel) {
    return sql.run(EXISTING, Sql.args(tenantId.value(), customerId.value(), Rows.utc(attemptedAt), channel.name()))
        .map(rows -> rows.size() > 0 ? Optional.of(attempt(rows.iterator().next())) : Optional.<WinBackAttempt>empty())
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Map<CustomerId, WinBackAttempt>> latest(TenantId tenantId, Collection<CustomerId> customerIds) {
    if (customerIds.isEmpty()) {
      return Future.succeededFuture(Map.<CustomerId, WinBackAttempt>of()).toCompletionStage();
    }
    Long[] ids = customerIds.stream().map(CustomerId::value).toArray(Long[]::new);
    return sql.run(LATEST, Sql.args(tenantId.value(), ids)).map(rows -> {
      Map<CustomerId, WinBackAttempt> latest = new HashMap<>();
      for (Row row : rows) {
        WinBackAttempt attempt = attempt(row);
        latest.put(attempt.customerId(), attempt);
      }
      return latest;
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<WinBackStats> stats(TenantId tenantId, LocalDate from, LocalDate to, int windowDays) {
    return sql.run(STATS, Sql.args(tenantId.value(), from, to, windowDays)).map(rows -> {
      WinBackTally total = WinBackTally.NONE;
      Map<WinBackKind, WinBackTally> byKind = new EnumMap<>(WinBackKind.class);
      Map<WinBackChannel, WinBackTally> byChannel = new EnumMap<>(WinBackChannel.class);
      for (Row row : rows) {
        WinBackTally tally = new WinBackTally(row.getLong("attempts"), row.getLong("customers"),
            row.getLong("won_back"));
        switch (row.getString("dimension")) {
          case "KIND" -> byKind.put(WinBackKind.valueOf(row.getString("key")), tally);
          case "CHANNEL" -> byChannel.put(WinBackChannel.valueOf(row.getString("key")), tally);
          default -> total = tally;
        }
      }
      return new WinBackStats(total, byKind, byChannel);
    }).toCompletionStage();
  }

  private static WinBackAttempt attempt(Row row) {
    return new WinBackAttempt(row.getLong("id"), new CustomerId(row.getLong("customer_id")),
        WinBackKind.valueOf(row.getString("kind")), WinBackChannel.valueOf(row.getString("channel")),
        WinBackOutcome.valueOf(row.getString("outcome")), row.getString("notes"), Rows.instant(row, "attempted_at"));
  }
}
