package io.customerintel.adapters.postgres.customer;

import io.customerintel.adapters.postgres.facts.TimelineColumns;
import io.customerintel.adapters.postgres.sql.IdempotencyKeys;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.CustomerPosition;
import io.customerintel.application.port.out.CustomerRepository;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerUpsert;
import io.customerintel.application.port.out.IdempotentRequest;
import io.customerintel.application.port.out.Positioned;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Customers with their maintained facts, and keyset listings over them. */
public final class PgCustomerRepository implements CustomerRepository {
  /**
   * One statement per batch, rows in external-id order so concurrent batches lock in the same order. Names and
   * first-seen times only move one way (kept when not given, earlier wins); attributes merge key by key.
   */
  private static final String UPSERT = "with upserted as ("
      + " insert into customer as c (tenant_id, external_id, name, attributes, first_seen_at, stages, stage_changes)"
      + " select $1, u.external_id, u.name, u.attributes::jsonb, coalesce(u.first_seen_at, u.default_first_seen_at),"
      // a new customer has no history yet: the prospect's timeline, so stage filters find them
      + "   $7::text[], $8::date[]"
      + " from unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[])"
      + "   as u(external_id, name, attributes, first_seen_at, default_first_seen_at)"
      + " order by u.external_id collate \"C\""
      + " on conflict (tenant_id, external_id) do update set"
      + "   name = coalesce(excluded.name, c.name),"
      + "   attributes = case when excluded.attributes is null then c.attributes"
      + "     else jsonb_strip_nulls(coalesce(c.attributes, '{}'::jsonb) || excluded.attributes) end,"
      + "   first_seen_at = least(c.first_seen_at, excluded.first_seen_at),"
      + "   updated_at = now()"
      + " returning c.id, (c.xmax = 0) as created"
      // a new customer is due to be judged at once: the first read's catch-up assesses their health
      + "), summarized as ("
      + " insert into customer_summary (tenant_id, customer_id, revenue, stages, stage_changes, due_at)"
      + " select $1, id, 0, $7::text[], $8::date[], '-infinity' from upserted"
      + " where created on conflict do nothing returning 1"
      + ") select count(*) as written from upserted";

  /** Without purchases or defection every policy gives the same timeline; the domain says which. */
  private static final TimelineColumns NEW_CUSTOMER =
      TimelineColumns.of(LifecyclePolicy.DEFAULT.timeline(CustomerFacts.NONE));

  // Lists of keys are joined as unnest(array) rather than filtered with "= any(array)": a cached generic plan
  // cannot see the array's length and may then scan the tenant's whole table, testing each row against it.
  private static final String IDS_BY_EXTERNAL_IDS = "select c.external_id, c.id"
      + " from unnest($2::text[]) as w(external_id) join customer c on c.tenant_id = $1 and c.external_id = w.external_id";
  private static final String BY_EXTERNAL_ID = "select " + CustomerRows.COLUMNS + " from customer c"
      + " where c.tenant_id = $1 and c.external_id = $2";
  private static final String BY_IDS = "select " + CustomerRows.COLUMNS
      + " from unnest($2::bigint[]) as w(id) join customer c on c.id = w.id and c.tenant_id = $1";

  private final Sql sql;
  private final IdempotencyKeys keys;

  public PgCustomerRepository(Sql sql) {
    this.sql = sql;
    this.keys = new IdempotencyKeys(sql);
  }

  @Override
  public CompletionStage<Integer> upsert(TenantId tenantId, List<CustomerUpsert> customers,
                                         Optional<IdempotentRequest> request) {
    if (customers.isEmpty()) {
      return CompletableFuture.completedFuture(0);
    }
    List<CustomerUpsert> sorted = new ArrayList<>(customers);
    sorted.sort(Comparator.comparing(CustomerUpsert::externalId));
    int n = sorted.size();
    String[] externalIds = new String[n];
    String[] names = new String[n];
    String[] attributes = new String[n];
    OffsetDateTime[] firstSeen = new OffsetDateTime[n];
    OffsetDateTime[] defaultFirstSeen = new OffsetDateTime[n];
    for (int i = 0; i < n; i++) {
      CustomerUpsert customer = sorted.get(i);
      externalIds[i] = customer.externalId();
      names[i] = customer.name();
      attributes[i] = customer.attributes() == null ? null : new JsonObject(customer.attributes()).encode();
      firstSeen[i] = Rows.utc(customer.firstSeenAt());
      defaultFirstSeen[i] = Rows.utc(customer.defaultFirstSeenAt());
    }
    Tuple upsert = Sql.args(tenantId.value(), externalIds, names, attributes, firstSeen, defaultFirstSeen,
        NEW_CUSTOMER.stages(), NEW_CUSTOMER.changes());
    return sql.<Integer>inTransaction(conn -> keys.once(conn, tenantId.value(), request,
            () -> sql.run(conn, UPSERT, upsert).map(rows -> rows.iterator().next().getLong("written").intValue()),
            written -> new Long[] {written.longValue()}, answer -> Future.succeededFuture(answer[0].intValue())))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Map<String, CustomerId>> idsByExternalIds(TenantId tenantId, Collection<String> externalIds) {
    if (externalIds.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    return sql.run(IDS_BY_EXTERNAL_IDS, Sql.args(tenantId.value(), externalIds.toArray(String[]::new)))
        .map(rows -> {
          Map<String, CustomerId> ids = new HashMap<>();
          for (Row row : rows) {
            ids.put(row.getString("external_id"), new CustomerId(row.getLong("id")));
          }
          return ids;
        })
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Optional<Customer>> byExternalId(TenantId tenantId, String externalId) {
    return sql.run(BY_EXTERNAL_ID, Sql.args(tenantId.value(), externalId))
        .map(rows -> rows.size() == 0 ? Optional.<Customer>empty() : Optional.of(CustomerRows.customer(rows.iterator().next())))
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Map<CustomerId, Customer>> byIds(TenantId tenantId, Collection<CustomerId> ids) {
    if (ids.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Long[] values = ids.stream().map(CustomerId::value).distinct().toArray(Long[]::new);
    return sql.run(BY_IDS, Sql.args(tenantId.value(), values)).map(rows -> {
      Map<CustomerId, Customer> found = new LinkedHashMap<>();
      for (Row row : rows) {
        Customer customer = CustomerRows.customer(row);
        found.put(customer.id(), customer);
      }
      return found;
    }).toCompletionStage();
  }

  @Override
  public CompletionStage<List<Positioned<Customer, CustomerPosition>>> search(CustomerSearch search) {
    if (search.limit() < 1) {
      return CompletableFuture.completedFuture(List.of());
    }
    CustomerSearchSql.Statement statement = CustomerSearchSql.search(search);
    return sql.run(statement.sql(), statement.args())
        .recover(PgCustomerRepository::badPosition)
        .map(rows -> {
          List<Positioned<Customer, CustomerPosition>> page = new ArrayList<>(rows.size());
          for (Row row : rows) {
            Customer customer = CustomerRows.customer(row);
            page.add(new Positioned<>(customer, new CustomerPosition(row.getString("sort_key"), customer.id().value())));
          }
          return page;
        })
        .toCompletionStage();
  }

  @Override
  public CompletionStage<Long> count(CustomerSearch search) {
    CustomerSearchSql.Statement statement = CustomerSearchSql.count(search);
    return sql.run(statement.sql(), statement.args())
        .map(rows -> rows.iterator().next().getLong("n"))
        .toCompletionStage();
  }

  /** A position whose sort key does not parse as the order's type (class 22: data exception) is a bad cursor. */
  private static <T> Future<T> badPosition(Throwable failure) {
    if (failure instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("22")) {
      return Future.failedFuture(new UseCaseException(ErrorCodes.INVALID_CURSOR, "the cursor is not one this API issued"));
    }
    return Future.failedFuture(failure);
  }
}
