package io.customerintel.adapters.postgres.followup;

import io.customerintel.adapters.postgres.facts.FactRefresher;
import io.customerintel.adapters.postgres.sql.IdempotencyKeys;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.FollowUpRepository;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.NewFollowUp;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.followup.FollowUp;
import io.customerintel.domain.followup.FollowUpId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Follow-ups, stored once per customer, time and person; each one re-derives the customer's health. */
public final class PgFollowUpRepository implements FollowUpRepository {
  private static final String COLUMNS = "f.id, f.customer_id, f.at, f.by_whom, f.notes";
  /** The customer join keeps a follow-up from ever pointing at another tenant's customer. */
  private static final String INSERT = "insert into follow_up as f (tenant_id, customer_id, at, by_whom, notes)"
      + " select $1, c.id, $3, $4, $5 from customer c where c.id = $2 and c.tenant_id = $1"
      + " on conflict (customer_id, at, by_whom) do nothing returning " + COLUMNS;
  private static final String EXISTING = "select " + COLUMNS + " from follow_up f"
      + " where f.customer_id = $2 and f.tenant_id = $1 and f.at = $3 and f.by_whom = $4";
  private static final String BY_ID = "select " + COLUMNS + " from follow_up f where f.tenant_id = $1 and f.id = $2";

  private final Sql sql;
  private final FactRefresher facts;
  private final IdempotencyKeys keys;

  public PgFollowUpRepository(Sql sql, FactRefresher facts) {
    this.sql = sql;
    this.facts = facts;
    this.keys = new IdempotencyKeys(sql);
  }

  @Override
  public CompletionStage<FollowUp> record(TenantId tenantId, NewFollowUp followUp, CustomerRules rules, Instant now,
                                          Optional<IdempotentRequest> request) {
    long tenant = tenantId.value();
    return sql.<FollowUp>inTransaction(conn -> keys.once(conn, tenant, request,
            () -> record(conn, tenant, followUp, rules, now), stored -> new Long[] {stored.id().value()},
            answer -> sql.run(conn, BY_ID, Sql.args(tenant, answer[0])).map(rows -> followUp(rows.iterator().next()))))
        .toCompletionStage();
  }

  private Future<FollowUp> record(SqlConnection conn, long tenant, NewFollowUp followUp, CustomerRules rules,
                                  Instant now) {
    long customer = followUp.customerId().value();
    return sql.run(conn, INSERT, Sql.args(tenant, customer, Rows.utc(followUp.at()), followUp.by(),
        followUp.notes())).compose(inserted -> {
          if (inserted.size() > 0) {
            FollowUp stored = followUp(inserted.iterator().next());
            return facts.refresh(conn, tenant, new Long[] {customer}, rules, now).map(done -> stored);
          }
          return sql.run(conn, EXISTING, Sql.args(tenant, customer, Rows.utc(followUp.at()), followUp.by()))
              .compose(existing -> existing.size() > 0 ? Future.succeededFuture(followUp(existing.iterator().next()))
                  : Future.failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
                      "no customer " + customer + " for this tenant")));
        });
  }

  private static FollowUp followUp(Row row) {
    return new FollowUp(new FollowUpId(row.getLong("id")), new CustomerId(row.getLong("customer_id")),
        Rows.instant(row, "at"), row.getString("by_whom"), row.getString("notes"));
  }
}
