package io.customerintel.adapters.postgres.survey;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.OpenFollowUpFinder;
import io.customerintel.application.port.out.PageRequest.ItemPosition;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Open contact requests: the partial index of contact requests (V12) bounds the scan to the tenant's requests, and
 * the follow-up key (customer_id, at, ...) answers "followed up since?" with one probe each.
 */
public final class PgOpenFollowUpFinder implements OpenFollowUpFinder {
  private static final String OPEN = "s.wants_contact and s.responded_at is not null"
      + " and not exists (select 1 from follow_up f"
      + "   where f.customer_id = s.customer_id and f.tenant_id = $1 and f.at >= s.responded_at)";
  /** One statement: the total over the whole filter and the page after the cursor. */
  private static final String PAGE = "with open as (select s.* from survey_response s"
      + "   where s.tenant_id = $1 and " + OPEN + " and ($2::timestamptz is null or s.responded_at <= $2))"
      + " select (select count(*) from open) as total, o.*"
      + " from (select 1) as one left join lateral (select * from open"
      + "   where $3::timestamptz is null or (open.responded_at, open.id) > ($3::timestamptz, $4::bigint)"
      + "   order by open.responded_at, open.id limit $5) o on true";
  private static final String OF_CUSTOMERS = "select s.* from survey_response s"
      + " where s.tenant_id = $1 and s.customer_id = any($2::bigint[]) and " + OPEN
      + " order by s.customer_id, s.responded_at, s.id";

  private final Sql sql;

  public PgOpenFollowUpFinder(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<ItemSlice<SurveyResponse>> openRequests(TenantId tenantId, Optional<Instant> answeredBy,
                                                                 int limit, Optional<ItemPosition> after) {
    var args = Sql.args(tenantId.value(), answeredBy.map(Rows::utc).orElse(null),
        after.map(p -> Rows.utc(p.at())).orElse(null), after.map(ItemPosition::id).orElse(null), limit + 1);
    return sql.run(PAGE, args).map(rows -> {
      long total = 0;
      List<SurveyResponse> items = new ArrayList<>();
      for (Row row : rows) {
        total = row.getLong("total");
        if (row.getLong("id") != null) {
          items.add(PgSurveyResponseRepository.response(row));
        }
      }
      boolean more = items.size() > limit;
      return new ItemSlice<>(more ? items.subList(0, limit) : items, more, total);
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<Map<CustomerId, List<SurveyResponse>>> openRequestsOf(TenantId tenantId,
                                                                              Collection<CustomerId> customers) {
    if (customers.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Long[] ids = customers.stream().map(CustomerId::value).distinct().toArray(Long[]::new);
    return sql.run(OF_CUSTOMERS, Sql.args(tenantId.value(), ids)).map(rows -> {
      Map<CustomerId, List<SurveyResponse>> found = new LinkedHashMap<>();
      for (Row row : rows) {
        SurveyResponse response = PgSurveyResponseRepository.response(row);
        found.computeIfAbsent(response.customerId(), c -> new ArrayList<>()).add(response);
      }
      return found;
    }).toCompletionStage();
  }
}
