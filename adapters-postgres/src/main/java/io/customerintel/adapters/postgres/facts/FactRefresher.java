package io.customerintel.adapters.postgres.facts;

import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.CustomerHistory;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.lifecycle.LifecycleTimeline;
import io.customerintel.domain.lifecycle.PurchaseDayTotal;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Re-derives customers' maintained facts and lifecycle timelines after their history changed, inside the writer's
 * transaction (whose caller holds the customer rows locked). The rules are the domain's: this class only loads
 * the history (purchase days and the latest defection) and stores what {@link LifecyclePolicy} derives from it.
 * Two statements for any number of customers.
 */
public final class FactRefresher {
  /**
   * The history of the customers: their latest defection (latest time, then highest id) and their purchase days, as
   * two index reads per customer glued by UNION ALL (kind 'd' or 'p'). The ids are joined as unnest(array), never
   * filtered with "= any(array)", whose cached generic plan may scan a whole tenant.
   */
  /**
   * The purchase days of the customers $2 of tenant $1 (as "pd"). Lateral: one primary-key range per customer; a
   * plain join let the generic plan hash the whole table.
   */
  private static final String DAYS_OF_CUSTOMERS = " from unnest($2::bigint[]) as w(id) cross join lateral"
      + " (select * from purchase_day pd0 where pd0.customer_id = w.id and pd0.tenant_id = $1) pd";

  private static final String LOAD = "select 'd' as kind, d.customer_id, d.id as defection_id, d.occurred_at as defection_at,"
      + "   null::date as day, null::bigint as purchases, null::numeric as revenue, null::timestamptz as first_at,"
      + "   null::timestamptz as last_at"
      + " from unnest($2::bigint[]) as w(id) cross join lateral (select d0.customer_id, d0.id, d0.occurred_at"
      + "   from defection d0 where d0.customer_id = w.id and d0.tenant_id = $1"
      + "   order by d0.occurred_at desc, d0.id desc limit 1) d"
      + " union all"
      + " select 'p', pd.customer_id, null, null, pd.day, pd.purchases, pd.revenue, pd.first_at, pd.last_at"
      + DAYS_OF_CUSTOMERS;

  private static final String LOCK_READING_DEFECTION =
      "select c.id, c.latest_defection_at, c.latest_defection_id from unnest($2::bigint[]) as w(id)"
      + " join customer c on c.id = w.id and c.tenant_id = $1 order by c.id for no key update of c";

  private static final String LOAD_DAYS = "select pd.customer_id, pd.day, pd.purchases, pd.revenue, pd.first_at,"
      + " pd.last_at" + DAYS_OF_CUSTOMERS;

  /** Facts and lifecycle timeline update in one statement; arrays of arrays travel as their text literals. */
  private static final String STORE = "with facts as ("
      + "  select * from unnest($2::bigint[], $3::bigint[], $4::int[], $5::numeric[], $6::timestamptz[],"
      + "    $7::timestamptz[], $8::date[], $9::date[], $10::date[], $11::timestamptz[], $12::bigint[],"
      + "    $13::text[], $14::text[])"
      + "    as f(id, purchase_count, purchase_days, revenue, first_purchase_at, last_purchase_at, first_purchase_day,"
      + "      last_purchase_day, last_return_day, latest_defection_at, latest_defection_id, stages, stage_changes)"
      + "), updated as ("
      + "  update customer c set purchase_count = f.purchase_count, purchase_days = f.purchase_days,"
      + "    revenue = f.revenue, first_purchase_at = f.first_purchase_at, last_purchase_at = f.last_purchase_at,"
      + "    first_purchase_day = f.first_purchase_day, last_purchase_day = f.last_purchase_day,"
      + "    last_return_day = f.last_return_day, latest_defection_at = f.latest_defection_at,"
      + "    latest_defection_id = f.latest_defection_id, stages = f.stages::text[],"
      + "    stage_changes = f.stage_changes::date[], updated_at = now()"
      + "  from facts f where c.id = f.id and c.tenant_id = $1"
      + "  returning c.id"
      + ") select count(*) as updated from updated";

  private final Sql sql;

  public FactRefresher(Sql sql) {
    this.sql = sql;
  }

  /**
   * Locks the buyers in id order (concurrent refreshes of one customer serialize here; one order means no cycle)
   * and refreshes them after new purchases. Purchases do not change defections, so the latest defection is the
   * one already on the customer row, read with the lock (the latest committed version): no defection lookup.
   * The purchase days are read by a later statement, whose snapshot includes every writer that held the lock.
   */
  public Future<Void> lockAndRefreshAfterPurchases(SqlConnection conn, long tenantId, Long[] customerIds,
                                                   LifecyclePolicy policy) {
    if (customerIds.length == 0) {
      return Future.succeededFuture();
    }
    return sql.run(conn, LOCK_READING_DEFECTION, Sql.args(tenantId, customerIds)).compose(locked -> {
      Map<Long, Loaded> histories = new TreeMap<>();
      for (Row row : locked) {
        Loaded loaded = new Loaded();
        loaded.defectionId = row.getLong("latest_defection_id");
        loaded.defectionAt = Rows.instant(row, "latest_defection_at");
        histories.put(row.getLong("id"), loaded);
      }
      Long[] ids = histories.keySet().toArray(Long[]::new);
      return sql.run(conn, LOAD_DAYS, Sql.args(tenantId, ids)).compose(rows -> {
        addDays(histories, rows);
        return histories.isEmpty() ? Future.<Void>succeededFuture()
            : sql.run(conn, STORE, store(tenantId, histories, policy)).<Void>mapEmpty();
      });
    });
  }

  /** Refreshes the given customers of the tenant (their rows locked by the caller); other tenants' ids are ignored. */
  public Future<Void> refresh(SqlConnection conn, long tenantId, Long[] customerIds, LifecyclePolicy policy) {
    if (customerIds.length == 0) {
      return Future.succeededFuture();
    }
    return sql.run(conn, LOAD, Sql.args(tenantId, customerIds)).compose(rows -> {
      // every requested customer is refreshed, with or without history; STORE ignores ids of other tenants
      Map<Long, Loaded> histories = new TreeMap<>();
      for (Long id : customerIds) {
        histories.put(id, new Loaded());
      }
      for (Row row : rows) {
        Loaded loaded = histories.get(row.getLong("customer_id"));
        if ("d".equals(row.getString("kind"))) {
          loaded.defectionId = row.getLong("defection_id");
          loaded.defectionAt = Rows.instant(row, "defection_at");
        } else {
          loaded.days.add(day(row));
        }
      }
      return sql.run(conn, STORE, store(tenantId, histories, policy)).mapEmpty();
    });
  }

  private static void addDays(Map<Long, Loaded> histories, Iterable<Row> rows) {
    for (Row row : rows) {
      Loaded loaded = histories.get(row.getLong("customer_id"));
      if (loaded != null) {
        loaded.days.add(day(row));
      }
    }
  }

  private static PurchaseDayTotal day(Row row) {
    return new PurchaseDayTotal(row.getLocalDate("day"), row.getLong("purchases"), row.getBigDecimal("revenue"),
        Rows.instant(row, "first_at"), Rows.instant(row, "last_at"));
  }

  private static Tuple store(long tenantId, Map<Long, Loaded> histories, LifecyclePolicy policy) {
    int n = histories.size();
    Long[] ids = new Long[n];
    Long[] purchaseCounts = new Long[n];
    Integer[] purchaseDays = new Integer[n];
    BigDecimal[] revenues = new BigDecimal[n];
    OffsetDateTime[] firstAt = new OffsetDateTime[n];
    OffsetDateTime[] lastAt = new OffsetDateTime[n];
    LocalDate[] firstDay = new LocalDate[n];
    LocalDate[] lastDay = new LocalDate[n];
    LocalDate[] returnDay = new LocalDate[n];
    OffsetDateTime[] defectionAt = new OffsetDateTime[n];
    Long[] defectionIds = new Long[n];
    String[] stages = new String[n];
    String[] stageChanges = new String[n];
    int i = 0;
    for (Map.Entry<Long, Loaded> entry : histories.entrySet()) {
      Loaded loaded = entry.getValue();
      CustomerFacts facts = policy.summarize(new CustomerHistory(loaded.days, Optional.ofNullable(loaded.defectionAt)));
      LifecycleTimeline timeline = policy.timeline(facts);
      ids[i] = entry.getKey();
      purchaseCounts[i] = facts.purchaseCount();
      purchaseDays[i] = facts.purchaseDays();
      revenues[i] = facts.revenue();
      firstAt[i] = Rows.utc(facts.firstPurchaseAt());
      lastAt[i] = Rows.utc(facts.lastPurchaseAt());
      firstDay[i] = facts.firstPurchaseDay();
      lastDay[i] = facts.lastPurchaseDay();
      returnDay[i] = facts.lastReturnDay();
      defectionAt[i] = Rows.utc(facts.latestDefectionAt());
      defectionIds[i] = loaded.defectionId;
      TimelineColumns columns = TimelineColumns.of(timeline);
      stages[i] = columns.stagesLiteral();
      stageChanges[i] = columns.changesLiteral();
      i++;
    }
    return Sql.args(tenantId, ids, purchaseCounts, purchaseDays, revenues, firstAt, lastAt, firstDay, lastDay, returnDay,
        defectionAt, defectionIds, stages, stageChanges);
  }

  private static final class Loaded {
    final List<PurchaseDayTotal> days = new ArrayList<>();
    Long defectionId;
    Instant defectionAt;
  }
}
