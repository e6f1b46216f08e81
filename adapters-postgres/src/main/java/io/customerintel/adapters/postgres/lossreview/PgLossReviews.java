package io.customerintel.adapters.postgres.lossreview;

import io.customerintel.adapters.postgres.defection.PgDefectionRepository;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.LossReviews;
import io.customerintel.application.port.out.StartedLossReview;
import io.customerintel.domain.defection.Defection;
import io.customerintel.domain.analytics.CustomerLoss;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.followup.FollowUpDeadline;
import io.customerintel.domain.lossreview.LostCustomer;
import io.customerintel.domain.lossreview.ReviewMonth;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Loss reviews: one row per started month; the month's defections are read from the defection table. */
public final class PgLossReviews implements LossReviews {
  /** A second start keeps the first row; the select then answers its started_at. */
  private static final String START = "insert into loss_review (tenant_id, month, started_at) values ($1, $2, $3)"
      + " on conflict (tenant_id, month) do nothing";
  private static final String STARTED_BEFORE = "select month, started_at from loss_review where tenant_id = $1"
      + " and ($2::date is null or month < $2) order by month desc limit $3";
  private static final String COUNT = "select count(*) as reviews from loss_review where tenant_id = $1";
  private static final String STARTED = "select started_at from loss_review where tenant_id = $1 and month = $2";
  private static final String DEFECTIONS = "select " + PgDefectionRepository.COLUMNS + " from defection d"
      + " where d.tenant_id = $1 and d.occurred_at >= $2 and d.occurred_at < $3 order by d.occurred_at, d.id";
  /** Each customer's revenue of the purchase days from $4 - 1 days before the day up to the day, as the summary's. */
  private static final String WINDOW_REVENUE = "select w.i, (select sum(p.revenue) from purchase_day p"
      + " where p.tenant_id = $1 and p.customer_id = w.customer_id and p.day between w.day - ($4::int - 1) and w.day)"
      + " as revenue from unnest($2::bigint[], $3::date[]) with ordinality as w(customer_id, day, i)";

  /**
   * Per defection, when the customer asked to be contacted and when they were followed up, both before the defection
   * (a follow-up that answers a request in time comes before its deadline, and a request missed by the defection was
   * due by then); the domain's FollowUpDeadline judges them, as it does for health.
   */
  private static final String CONTACT_HISTORY = "select w.i,"
      + " array(select s.responded_at from survey_response s where s.tenant_id = $1 and s.customer_id = w.customer_id"
      + "   and s.wants_contact and s.responded_at is not null and s.responded_at < w.at) as asked,"
      + " array(select f.at from follow_up f where f.customer_id = w.customer_id and f.tenant_id = $1"
      + "   and f.at < w.at) as followed"
      + " from unnest($2::bigint[], $3::timestamptz[]) with ordinality as w(customer_id, at, i)";

  private final Sql sql;

  public PgLossReviews(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Instant> start(TenantId tenantId, ReviewMonth month, Instant now) {
    return sql.run(START, Sql.args(tenantId.value(), firstDay(month), Rows.utc(now)))
        .compose(inserted -> sql.run(STARTED, Sql.args(tenantId.value(), firstDay(month))))
        .map(rows -> Rows.instant(rows.iterator().next(), "started_at"))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<List<StartedLossReview>> startedBefore(TenantId tenantId, Optional<ReviewMonth> before,
                                                                int limit) {
    return sql.run(STARTED_BEFORE, Sql.args(tenantId.value(), before.map(PgLossReviews::firstDay).orElse(null), limit))
        .map(rows -> {
          List<StartedLossReview> started = new ArrayList<>();
          rows.forEach(row -> started.add(new StartedLossReview(
              new ReviewMonth(java.time.YearMonth.from(row.getLocalDate("month"))), Rows.instant(row, "started_at"))));
          return started;
        }).toCompletionStage();
  }

  @Override
  public CompletionStage<Long> count(TenantId tenantId) {
    return sql.run(COUNT, Sql.args(tenantId.value())).map(rows -> rows.iterator().next().getLong("reviews"))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<Instant>> startedAt(TenantId tenantId, ReviewMonth month) {
    return sql.run(STARTED, Sql.args(tenantId.value(), firstDay(month)))
        .map(rows -> rows.size() == 0 ? Optional.<Instant>empty()
            : Optional.of(Rows.instant(rows.iterator().next(), "started_at")))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<List<LostCustomer>> lostCustomers(TenantId tenantId, ReviewMonth month, ZoneId zone,
                                                           Duration followUpDeadline) {
    return sql.run(DEFECTIONS, Sql.args(tenantId.value(), Rows.utc(month.start(zone)), Rows.utc(month.end(zone))))
        .compose(rows -> {
          List<Defection> defections = new ArrayList<>();
          rows.forEach(row -> defections.add(PgDefectionRepository.defection(row)));
          return windowRevenue(tenantId, defections, zone).compose(revenue ->
              missedFollowUps(tenantId, defections, followUpDeadline).map(missed -> defections.stream()
                  .map(d -> LostCustomer.of(d, revenue.get(d.id()), missed.getOrDefault(d.id(), 0))).toList()));
        })
        .toCompletionStage();
  }

  /** The window revenue, read only for the defections without a recorded value. */
  private Future<Map<DefectionId, BigDecimal>> windowRevenue(TenantId tenantId, List<Defection> defections,
                                                            ZoneId zone) {
    List<Defection> unvalued = defections.stream().filter(d -> d.lostAnnualValue() == null).toList();
    if (unvalued.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    Long[] customers = unvalued.stream().map(d -> d.customerId().value()).toArray(Long[]::new);
    LocalDate[] days = unvalued.stream().map(d -> LocalDate.ofInstant(d.occurredAt(), zone)).toArray(LocalDate[]::new);
    return sql.run(WINDOW_REVENUE, Sql.args(tenantId.value(), customers, days, CustomerLoss.LOST_VALUE_WINDOW_DAYS))
        .map(rows -> {
          Map<DefectionId, BigDecimal> revenue = new HashMap<>();
          for (Row row : rows) {
            revenue.put(unvalued.get(row.getInteger("i") - 1).id(), row.getBigDecimal("revenue"));
          }
          return revenue;
        });
  }

  private Future<Map<DefectionId, Integer>> missedFollowUps(TenantId tenantId, List<Defection> defections,
                                                           Duration deadline) {
    if (defections.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    FollowUpDeadline rule = new FollowUpDeadline(deadline);
    Long[] customers = defections.stream().map(d -> d.customerId().value()).toArray(Long[]::new);
    OffsetDateTime[] at = defections.stream().map(d -> Rows.utc(d.occurredAt())).toArray(OffsetDateTime[]::new);
    return sql.run(CONTACT_HISTORY, Sql.args(tenantId.value(), customers, at)).map(rows -> {
      Map<DefectionId, Integer> missed = new HashMap<>();
      for (Row row : rows) {
        Defection defection = defections.get(row.getInteger("i") - 1);
        List<Instant> followedUp = instants(row.getArrayOfOffsetDateTimes("followed"));
        int count = 0;
        for (Instant asked : instants(row.getArrayOfOffsetDateTimes("asked"))) {
          if (rule.missed(asked, followedUp, defection.occurredAt())) {
            count++;
          }
        }
        missed.put(defection.id(), count);
      }
      return missed;
    });
  }

  private static List<Instant> instants(OffsetDateTime[] times) {
    return Arrays.stream(times).map(OffsetDateTime::toInstant).toList();
  }

  private static LocalDate firstDay(ReviewMonth month) {
    return month.value().atDay(1);
  }
}
