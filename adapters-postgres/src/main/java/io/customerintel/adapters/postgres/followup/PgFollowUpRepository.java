package io.customerintel.adapters.postgres.followup;

import io.customerintel.adapters.postgres.facts.FactRefresher;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.FollowUpRepository;
import io.customerintel.application.port.out.NewFollowUp;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.followup.FollowUp;
import io.customerintel.domain.followup.FollowUpId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.time.Instant;
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

  private final Sql sql;
  private final FactRefresher facts;

  public PgFollowUpRepository(Sql sql, FactRefresher facts) {
    this.sql = sql;
    this.facts = facts;
  }

  @Override
  public CompletionStage<FollowUp> record(TenantId tenantId, NewFollowUp followUp, CustomerRules rules, Instant now) {
    long tenant = tenantId.value();
    long customer = followUp.customerId().value();
    return sql.<FollowUp>inTransaction(conn -> sql.run(conn, INSERT, Sql.args(tenant, customer,
            Rows.utc(followUp.at()), followUp.by(), followUp.notes())).compose(inserted -> {
          if (inserted.size() > 0) {
            FollowUp stored = followUp(inserted.iterator().next());
            return facts.refresh(conn, tenant, new Long[] {customer}, rules, now).map(done -> stored);
          }
          return sql.run(conn, EXISTING, Sql.args(tenant, customer, Rows.utc(followUp.at()), followUp.by()))
              .compose(existing -> existing.size() > 0 ? Future.succeededFuture(followUp(existing.iterator().next()))
                  : Future.failedFuture(new UseCaseException(ErrorCodes.NOT_FOUND,
                      "no customer " + customer + " for this tenant")));
        }))
        .toCompletionStage();
  }

  private static FollowUp followUp(Row row) {
    return new FollowUp(new FollowUpId(row.getLong("id")), new CustomerId(row.getLong("customer_id")),
        Rows.instant(row, "at"), row.getString("by_whom"), row.getString("notes"));
  }
}
