package io.customerintel.adapters.postgres.defection;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.DefectionReasonRepository;
import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** A tenant's defection reasons: the defaults it was created with and the ones it defined. */
public final class PgDefectionReasonRepository implements DefectionReasonRepository {
  private static final String ALL = "select code, label, category, avoidable from defection_reason"
      + " where tenant_id = $1 order by code";
  private static final String DEFINE = "insert into defection_reason as r (tenant_id, code, label, category, avoidable)"
      + " values ($1, $2, $3, $4, $5)"
      + " on conflict (tenant_id, code) do update set label = excluded.label, category = excluded.category,"
      + " avoidable = excluded.avoidable"
      + " returning r.code, r.label, r.category, r.avoidable";

  private final Sql sql;

  public PgDefectionReasonRepository(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<List<DefectionReason>> all(TenantId tenantId) {
    return sql.run(ALL, Sql.args(tenantId.value())).map(rows -> {
      List<DefectionReason> reasons = new ArrayList<>(rows.size());
      rows.forEach(row -> reasons.add(reason(row)));
      return reasons;
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<DefectionReason> define(TenantId tenantId, DefectionReason reason) {
    return sql.run(DEFINE, Sql.args(tenantId.value(), reason.code(), reason.label(), reason.category().name(),
            reason.avoidable()))
        .map(rows -> reason(rows.iterator().next()))
        .toCompletionStage();
  }

  private static DefectionReason reason(Row row) {
    return new DefectionReason(row.getString("code"), row.getString("label"),
        DefectionCategory.valueOf(row.getString("category")), row.getBoolean("avoidable"));
  }
}
