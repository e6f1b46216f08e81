package io.customerintel.adapters.postgres.facts;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.CustomerCatchUp;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Re-derives the customers whose health was due to change by now, in batches of one transaction each, then answers
 * when the next one is due. A concurrent catch-up waits for the rows another one holds and, seeing them no longer
 * due, skips them, so nobody reads a customer whose due change is still being derived.
 */
public final class PgCustomerCatchUp implements CustomerCatchUp {
  static final int BATCH = 500;
  private static final int MAX_EMPTY_BATCHES = 100;

  /** The earliest due customers, locked in id order like every other writer (no lock cycles). */
  private static final String DUE = "select c.id from customer c join customer_summary d on d.customer_id = c.id"
      + " where c.id in (select d0.customer_id from customer_summary d0 where d0.tenant_id = $1 and d0.due_at <= $2"
      + "   order by d0.due_at limit $3)"
      + "   and d.due_at <= $2"
      + " order by c.id for no key update of c, d";
  /** One index probe: the common answer is "nothing due", and then this is all a read costs. */
  private static final String EARLIEST = "select min(due_at) as next from customer_summary where tenant_id = $1";

  /** The next customers in id order, for re-deriving a whole tenant without holding more than a batch locked. */
  private static final String NEXT_IDS = "select id from customer where tenant_id = $1 and id > $2 order by id limit $3";

  private final Sql sql;
  private final FactRefresher facts;

  public PgCustomerCatchUp(Sql sql, FactRefresher facts) {
    this.sql = sql;
    this.facts = facts;
  }

  @Override
  public CompletionStage<Optional<Instant>> catchUp(TenantId tenantId, CustomerRules rules, Instant now) {
    return catchUp(tenantId.value(), rules, now, 0).toCompletionStage();
  }

  /**
   * An empty batch is normal when a concurrent catch-up took those customers (their rows were no longer due once it
   * committed); many in a row mean rows that deriving does not move past now, a bug to report rather than spin on.
   */
  private Future<Optional<Instant>> catchUp(long tenant, CustomerRules rules, Instant now, int emptyBatches) {
    return sql.run(EARLIEST, Sql.args(tenant)).compose(rows -> {
      Instant next = Rows.instant(rows.iterator().next(), "next");
      if (next == null || next.isAfter(now)) {
        return Future.succeededFuture(Optional.ofNullable(next));
      }
      if (emptyBatches > MAX_EMPTY_BATCHES) {
        return Future.failedFuture(new IllegalStateException("customers of tenant " + tenant + " stay due at " + now));
      }
      return batch(tenant, rules, now).compose(count -> catchUp(tenant, rules, now, count == 0 ? emptyBatches + 1 : 0));
    });
  }

  /** Re-derives the earliest due customers (at most {@link #BATCH}) in one transaction; answers how many. */
  private Future<Integer> batch(long tenant, CustomerRules rules, Instant now) {
    return sql.inTransaction(conn -> sql.run(conn, DUE, Sql.args(tenant, Rows.utc(now), BATCH)).compose(rows -> {
      List<Long> ids = new ArrayList<>();
      for (Row row : rows) {
        ids.add(row.getLong("id"));
      }
      return facts.catchUp(conn, tenant, ids.toArray(Long[]::new), rules, now).map(done -> ids.size());
    }));
  }

  @Override
  public CompletionStage<Long> rederiveAll(TenantId tenantId, CustomerRules rules, Clock clock) {
    return rederiveAfter(tenantId.value(), rules, clock, 0L, 0L).toCompletionStage();
  }

  private Future<Long> rederiveAfter(long tenant, CustomerRules rules, Clock clock, long afterId, long done) {
    return sql.inTransaction(conn -> sql.run(conn, NEXT_IDS, Sql.args(tenant, afterId, BATCH)).compose(rows -> {
      List<Long> ids = new ArrayList<>();
      for (Row row : rows) {
        ids.add(row.getLong("id"));
      }
      return facts.refresh(conn, tenant, ids.toArray(Long[]::new), rules, clock.instant()).map(refreshed -> ids);
    })).compose(ids -> ids.size() < BATCH ? Future.succeededFuture(done + ids.size())
        : rederiveAfter(tenant, rules, clock, ids.get(ids.size() - 1), done + ids.size()));
  }
}
