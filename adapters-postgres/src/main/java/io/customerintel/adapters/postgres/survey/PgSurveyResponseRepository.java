package io.customerintel.adapters.postgres.survey;

import io.customerintel.adapters.postgres.facts.FactRefresher;
import io.customerintel.adapters.postgres.sql.IdempotencyKeys;
import io.customerintel.adapters.postgres.sql.PerCustomerPages;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.NewSurveyResponse;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.application.port.out.SurveyResponseRepository;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.survey.SurveyResponse;
import io.customerintel.domain.survey.SurveyResponseId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Survey invitations and responses, one per customer and survey; a later answer completes the stored one. */
public final class PgSurveyResponseRepository implements SurveyResponseRepository {
  /** One statement per batch; answers not given keep the stored ones, sent_at is the latest given. */
  private static final String UPSERT = "insert into survey_response as r (tenant_id, customer_id, survey_id, sent_at,"
      + "   responded_at, satisfied, would_purchase_again, likelihood_to_recommend, wants_contact, comment)"
      + " select $1, u.customer_id, u.survey_id, u.sent_at, u.responded_at, u.satisfied, u.would_purchase_again,"
      + "   u.likelihood_to_recommend::smallint, u.wants_contact, u.comment"
      + " from unnest($2::bigint[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::boolean[], $7::boolean[],"
      + "   $8::int[], $9::boolean[], $10::text[])"
      + "   as u(customer_id, survey_id, sent_at, responded_at, satisfied, would_purchase_again,"
      + "     likelihood_to_recommend, wants_contact, comment)"
      + " join customer c on c.id = u.customer_id and c.tenant_id = $1"
      + " order by u.customer_id, u.survey_id collate \"C\""
      + " on conflict (customer_id, survey_id) do update set sent_at = excluded.sent_at,"
      + "   responded_at = coalesce(excluded.responded_at, r.responded_at),"
      + "   satisfied = coalesce(excluded.satisfied, r.satisfied),"
      + "   would_purchase_again = coalesce(excluded.would_purchase_again, r.would_purchase_again),"
      + "   likelihood_to_recommend = coalesce(excluded.likelihood_to_recommend, r.likelihood_to_recommend),"
      + "   wants_contact = coalesce(excluded.wants_contact, r.wants_contact),"
      + "   comment = coalesce(excluded.comment, r.comment),"
      + "   updated_at = now()";

  private static final String COLUMNS = "s.id, s.customer_id, s.survey_id, s.sent_at, s.responded_at, s.satisfied,"
      + " s.would_purchase_again, s.likelihood_to_recommend, s.wants_contact, s.comment";
  private static final String TOTAL = "(select count(*) from survey_response t where t.customer_id = c.id) as total";
  private static final String PAGE = "select c.id as owner, " + TOTAL + ", " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) join customer c on c.id = w.id and c.tenant_id = $1"
      + " left join lateral (select * from survey_response s0"
      + "   where s0.customer_id = c.id and s0.tenant_id = $1"
      + "   order by s0.sent_at desc, s0.id desc limit $3) s on true";
  private static final String PAGE_AFTER = "select c.id as owner, " + TOTAL + ", " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) join customer c on c.id = w.id and c.tenant_id = $1"
      + " left join lateral (select * from survey_response s0"
      + "   where s0.customer_id = c.id and s0.tenant_id = $1 and (s0.sent_at, s0.id) < ($4::timestamptz, $5::bigint)"
      + "   order by s0.sent_at desc, s0.id desc limit $3) s on true";
  private static final String BY_IDS = "select " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) join survey_response s on s.id = w.id and s.tenant_id = $1";

  private static final Comparator<SurveyResponse> NEWEST_FIRST = Comparator.comparing(SurveyResponse::sentAt)
      .thenComparingLong(r -> r.id().value()).reversed();

  private final Sql sql;
  private final PerCustomerPages<SurveyResponse> pages;

  private final FactRefresher facts;
  private final IdempotencyKeys keys;

  public PgSurveyResponseRepository(Sql sql, FactRefresher facts) {
    this.sql = sql;
    this.facts = facts;
    this.keys = new IdempotencyKeys(sql);
    this.pages = new PerCustomerPages<>(sql, PAGE, PAGE_AFTER, PgSurveyResponseRepository::response, NEWEST_FIRST);
  }

  /** Responses of customers that are not the tenant's are not stored (and not counted). */
  @Override
  public CompletionStage<Integer> upsert(TenantId tenantId, List<NewSurveyResponse> responses, CustomerRules rules,
                                         Instant now, Optional<IdempotentRequest> request) {
    if (responses.isEmpty()) {
      return CompletableFuture.completedFuture(0);
    }
    int n = responses.size();
    Long[] customers = new Long[n];
    String[] surveys = new String[n];
    OffsetDateTime[] sentAt = new OffsetDateTime[n];
    OffsetDateTime[] respondedAt = new OffsetDateTime[n];
    Boolean[] satisfied = new Boolean[n];
    Boolean[] again = new Boolean[n];
    Integer[] recommend = new Integer[n];
    Boolean[] contact = new Boolean[n];
    String[] comments = new String[n];
    for (int i = 0; i < n; i++) {
      NewSurveyResponse response = responses.get(i);
      customers[i] = response.customerId().value();
      surveys[i] = response.surveyId();
      sentAt[i] = Rows.utc(response.sentAt());
      respondedAt[i] = Rows.utc(response.respondedAt());
      satisfied[i] = response.satisfied();
      again[i] = response.wouldPurchaseAgain();
      recommend[i] = response.likelihoodToRecommend();
      contact[i] = response.wantsContact();
      comments[i] = response.comment();
    }
    Tuple upsert = Sql.args(tenantId.value(), customers, surveys, sentAt, respondedAt, satisfied, again, recommend,
        contact, comments);
    Long[] respondents = Arrays.stream(customers).distinct().toArray(Long[]::new);
    return sql.<Integer>inTransaction(conn -> keys.once(conn, tenantId.value(), request,
            () -> sql.run(conn, UPSERT, upsert).compose(written ->
                facts.refresh(conn, tenantId.value(), respondents, rules, now).map(done -> written.rowCount())),
            written -> new Long[] {written.longValue()}, answer -> Future.succeededFuture(answer[0].intValue())))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Map<CustomerId, ItemSlice<SurveyResponse>>> responsesOf(TenantId tenantId,
                                                                                 Collection<CustomerId> customers,
                                                                                 PageRequest page) {
    return pages.load(tenantId, customers, page);
  }

  @Override
  public CompletionStage<Map<SurveyResponseId, SurveyResponse>> byIds(TenantId tenantId,
                                                                     Collection<SurveyResponseId> ids) {
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Long[] values = ids.stream().map(SurveyResponseId::value).distinct().toArray(Long[]::new);
    return sql.run(BY_IDS, Sql.args(tenantId.value(), values)).map(rows -> {
      Map<SurveyResponseId, SurveyResponse> found = new LinkedHashMap<>();
      for (Row row : rows) {
        SurveyResponse response = response(row);
        found.put(response.id(), response);
      }
      return found;
    }).toCompletionStage();
  }

  /** Shared with {@link PgOpenFollowUpFinder}, which reads the same rows. */
  static SurveyResponse response(Row row) {
    Short score = row.getShort("likelihood_to_recommend");
    return new SurveyResponse(new SurveyResponseId(row.getLong("id")), new CustomerId(row.getLong("customer_id")),
        row.getString("survey_id"), Rows.instant(row, "sent_at"), Rows.instant(row, "responded_at"),
        row.getBoolean("satisfied"), row.getBoolean("would_purchase_again"),
        score == null ? null : score.intValue(), row.getBoolean("wants_contact"), row.getString("comment"));
  }
}
