package io.customerintel.adapters.postgres.sql;

import io.customerintel.application.port.out.ItemSlice;
import io.customerintel.application.port.out.PageRequest;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A newest-first page of items for each of many customers in one statement (purchases, survey responses). The
 * statements return one row per item with its owner and the owner's total ("owner", "total"), or one row with a
 * null "id" for an owner without items; they fetch limit + 1 per owner to tell whether more follow.
 */
public final class PerCustomerPages<T> {
  private final Sql sql;
  private final String firstPage;
  private final String pageAfter;
  private final Function<Row, T> mapper;
  private final Comparator<T> newestFirst;

  /** firstPage binds (tenant, ids, fetch); pageAfter also binds the position's time and id. */
  public PerCustomerPages(Sql sql, String firstPage, String pageAfter, Function<Row, T> mapper,
                          Comparator<T> newestFirst) {
    this.sql = sql;
    this.firstPage = firstPage;
    this.pageAfter = pageAfter;
    this.mapper = mapper;
    this.newestFirst = newestFirst;
  }

  public CompletionStage<Map<CustomerId, ItemSlice<T>>> load(TenantId tenantId, Collection<CustomerId> customers,
                                                            PageRequest page) {
    if (customers.isEmpty()) {
      return CompletableFuture.completedFuture(Map.of());
    }
    Long[] ids = customers.stream().map(CustomerId::value).distinct().toArray(Long[]::new);
    int fetch = page.limit() + 1;
    Future<RowSet<Row>> rows = page.after()
        .map(after -> sql.run(pageAfter, Sql.args(tenantId.value(), ids, fetch, Rows.utc(after.at()), after.id())))
        .orElseGet(() -> sql.run(firstPage, Sql.args(tenantId.value(), ids, fetch)));
    return rows.map(found -> slices(found, page.limit())).toCompletionStage();
  }

  private Map<CustomerId, ItemSlice<T>> slices(RowSet<Row> found, int limit) {
    Map<CustomerId, List<T>> items = new LinkedHashMap<>();
    Map<CustomerId, Long> totals = new LinkedHashMap<>();
    for (Row row : found) {
      CustomerId owner = new CustomerId(row.getLong("owner"));
      totals.put(owner, row.getLong("total"));
      List<T> list = items.computeIfAbsent(owner, key -> new ArrayList<>());
      if (row.getLong("id") != null) {
        list.add(mapper.apply(row));
      }
    }
    Map<CustomerId, ItemSlice<T>> slices = new LinkedHashMap<>();
    items.forEach((owner, list) -> {
      list.sort(newestFirst);
      boolean more = list.size() > limit;
      slices.put(owner, new ItemSlice<>(more ? list.subList(0, limit) : list, more, totals.get(owner)));
    });
    return slices;
  }
}
