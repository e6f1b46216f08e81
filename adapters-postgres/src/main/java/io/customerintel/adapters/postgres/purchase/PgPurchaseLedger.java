package io.customerintel.adapters.postgres.purchase;

import io.customerintel.adapters.postgres.facts.FactRefresher;
import io.customerintel.adapters.postgres.sql.PerCustomerPages;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.NewPurchase;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.application.port.out.PurchaseLedger;
import io.customerintel.application.port.out.RecordedPurchases;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.purchase.Purchase;
import io.customerintel.domain.purchase.PurchaseId;
import io.customerintel.domain.tenant.CustomerRules;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Purchases, stored idempotently by external id, with their per-day totals and the buyers' facts kept current in
 * the same transaction: four statements per batch whatever its size.
 *
 * <p>Order matters for throughput: the purchases are inserted first and only then are the buyers' rows locked, so
 * concurrent batches overlap in their longest step and hold customer locks only while re-deriving facts. Facts stay
 * exact: the refresh runs under the lock and (read committed) sees every purchase day committed before it, so the
 * last writer for a customer sees all. Every step takes row locks in one global order (purchases by external id,
 * purchase days by customer and day, customers by id), so batches do not deadlock each other.
 */
public final class PgPurchaseLedger implements PurchaseLedger {
  /**
   * Inserts the new purchases (a repeated external id, stored or earlier in the batch, is skipped) and adds exactly
   * those to their purchase days; answers how many were stored and for which customers.
   */
  private static final String INSERT = "with input as ("
      + "  select * from unnest($2::bigint[], $3::text[], $4::timestamptz[], $5::date[], $6::numeric[], $7::int[])"
      + "    as i(customer_id, external_id, occurred_at, day, amount, quantity)"
      + "), inserted as ("
      + "  insert into purchase (tenant_id, customer_id, external_id, occurred_at, day, amount, quantity)"
      + "  select $1, i.customer_id, i.external_id, i.occurred_at, i.day, i.amount, i.quantity"
      // the tenant guard: only the tenant's own customers (these tables have no foreign key, see V1)
      + "  from input i join customer c on c.id = i.customer_id and c.tenant_id = $1"
      + "  order by i.external_id collate \"C\""
      + "  on conflict (tenant_id, external_id) do nothing"
      + "  returning customer_id, day, occurred_at, amount"
      + "), days as ("
      + "  insert into purchase_day as d (tenant_id, customer_id, day, purchases, revenue, first_at, last_at)"
      + "  select $1, customer_id, day, count(*), sum(amount), min(occurred_at), max(occurred_at)"
      + "  from inserted group by customer_id, day order by customer_id, day"
      + "  on conflict (customer_id, day) do update set purchases = d.purchases + excluded.purchases,"
      + "    revenue = d.revenue + excluded.revenue, first_at = least(d.first_at, excluded.first_at),"
      + "    last_at = greatest(d.last_at, excluded.last_at)"
      + "  returning 1"
      + ") select (select count(*) from inserted) as inserted,"
      + "  (select array_agg(distinct customer_id order by customer_id) from inserted) as customers,"
      + "  (select count(*) from days) as days";

  /**
   * The positions (1-based) of items whose external id is stored with other details: same key, different
   * purchase. An item inserted by this very batch matches itself and is never reported.
   */
  private static final String CONFLICTS = "select i.position from unnest($2::bigint[], $3::text[], $4::timestamptz[],"
      + "   $5::numeric[], $6::int[]) with ordinality as i(customer_id, external_id, occurred_at, amount, quantity, position)"
      + " join purchase p on p.tenant_id = $1 and p.external_id = i.external_id"
      + " where p.customer_id <> i.customer_id or p.occurred_at <> i.occurred_at or p.amount <> i.amount"
      + "   or p.quantity <> i.quantity"
      + " order by i.position";

  private static final String COLUMNS = "p.id, p.customer_id, p.external_id, p.occurred_at, p.amount, p.quantity";

  /** The newest purchases of each customer, one limit+1 index range per customer, with the maintained total. */
  private static final String PAGE = "select c.id as owner, c.purchase_count as total, " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) join customer c on c.id = w.id and c.tenant_id = $1"
      + " left join lateral (select * from purchase p0"
      + "   where p0.customer_id = c.id and p0.tenant_id = $1"
      + "   order by p0.occurred_at desc, p0.id desc limit $3) p on true";
  private static final String PAGE_AFTER = "select c.id as owner, c.purchase_count as total, " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) join customer c on c.id = w.id and c.tenant_id = $1"
      + " left join lateral (select * from purchase p0"
      + "   where p0.customer_id = c.id and p0.tenant_id = $1 and (p0.occurred_at, p0.id) < ($4::timestamptz, $5::bigint)"
      + "   order by p0.occurred_at desc, p0.id desc limit $3) p on true";
  private static final String BY_IDS = "select " + COLUMNS
      + " from unnest($2::bigint[]) as w(id) join purchase p on p.id = w.id and p.tenant_id = $1";

  private final Sql sql;
  private final PerCustomerPages<Purchase> pages;
  private final FactRefresher facts;

  public PgPurchaseLedger(Sql sql, FactRefresher facts) {
    this.sql = sql;
    this.pages = new PerCustomerPages<>(sql, PAGE, PAGE_AFTER, PgPurchaseLedger::purchase, NEWEST_FIRST);
    this.facts = facts;
  }

  /**
   * Purchases of customers that are not the tenant's are not stored; like repeated external ids, they count as
   * duplicates (the service only passes the tenant's own customers).
   */
  @Override
  public CompletionStage<RecordedPurchases> record(TenantId tenantId, List<NewPurchase> purchases, CustomerRules rules,
                                                   Instant now) {
    if (purchases.isEmpty()) {
      return CompletableFuture.completedFuture(new RecordedPurchases(0, 0));
    }
    long tenant = tenantId.value();
    int n = purchases.size();
    Long[] customers = new Long[n];
    String[] externalIds = new String[n];
    OffsetDateTime[] occurredAt = new OffsetDateTime[n];
    LocalDate[] days = new LocalDate[n];
    BigDecimal[] amounts = new BigDecimal[n];
    Integer[] quantities = new Integer[n];
    for (int i = 0; i < n; i++) {
      NewPurchase purchase = purchases.get(i);
      customers[i] = purchase.customerId().value();
      externalIds[i] = purchase.externalId();
      occurredAt[i] = Rows.utc(purchase.occurredAt());
      days[i] = purchase.day();
      amounts[i] = purchase.amount();
      quantities[i] = purchase.quantity();
    }
    Tuple insert = Sql.args(tenant, customers, externalIds, occurredAt, days, amounts, quantities);
    return sql.<RecordedPurchases>inTransaction(conn -> sql.run(conn, INSERT, insert)
            .compose(rows -> {
              Row row = rows.iterator().next();
              int inserted = row.getLong("inserted").intValue();
              Long[] buyers = row.getArrayOfLongs("customers");
              // only a batch with skipped items can hold a conflicting retry: the normal path pays nothing
              Future<List<Integer>> conflicts = inserted == n ? Future.succeededFuture(List.of())
                  : sql.run(conn, CONFLICTS, Sql.args(tenant, customers, externalIds, occurredAt, amounts, quantities))
                      .map(found -> {
                        List<Integer> positions = new ArrayList<>();
                        found.forEach(conflict -> positions.add(conflict.getLong("position").intValue() - 1));
                        return positions;
                      });
              return conflicts.compose(conflicting -> {
                RecordedPurchases recorded = new RecordedPurchases(inserted, n - inserted - conflicting.size(),
                    conflicting);
                return inserted == 0 ? Future.succeededFuture(recorded)
                    : facts.refresh(conn, tenant, buyers, rules, now).map(done -> recorded);
              });
            }))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Map<CustomerId, ItemSlice<Purchase>>> purchasesOf(TenantId tenantId,
                                                                            Collection<CustomerId> customers,
                                                                            PageRequest page) {
    return pages.load(tenantId, customers, page);
  }

  private static final Comparator<Purchase> NEWEST_FIRST = Comparator.comparing(Purchase::occurredAt)
      .thenComparingLong(p -> p.id().value()).reversed();

  @Override
  public CompletionStage<Map<PurchaseId, Purchase>> byIds(TenantId tenantId, Collection<PurchaseId> ids) {
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Long[] values = ids.stream().map(PurchaseId::value).distinct().toArray(Long[]::new);
    return sql.run(BY_IDS, Sql.args(tenantId.value(), values)).map(rows -> {
      Map<PurchaseId, Purchase> found = new LinkedHashMap<>();
      for (Row row : rows) {
        Purchase purchase = purchase(row);
        found.put(purchase.id(), purchase);
      }
      return found;
    }).toCompletionStage();
  }

  private static Purchase purchase(Row row) {
    return new Purchase(new PurchaseId(row.getLong("id")), new CustomerId(row.getLong("customer_id")),
        row.getString("external_id"), Rows.instant(row, "occurred_at"), row.getBigDecimal("amount"),
        row.getInteger("quantity"));
  }
}
