package io.customerintel.adapters.postgres.customer;

import io.customerintel.application.port.out.CustomerPosition;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.tenure.TenureBand.DayRange;
import io.customerintel.domain.value.ValueTierThresholds.RevenueRange;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the text of a customer listing from fixed fragments; every value is a bind parameter. The listing is a
 * keyset over (sort key, id), and the sort key doubles as the position: Postgres renders it as text and the next
 * page casts it back.
 */
final class CustomerSearchSql {
  private final List<Object> args = new ArrayList<>();
  private final StringBuilder where = new StringBuilder("c.tenant_id = $1");

  private CustomerSearchSql(CustomerSearch search) {
    args.add(search.tenantId().value());
    stages(search);
    revenue(search.revenue());
    firstPurchase(search.firstPurchase());
    healthBands(search);
    quietDefectorTypes(search);
  }

  /**
   * How a sort field orders in SQL. type casts the position's text back to the key's type (the parameter itself is
   * text). tieBreak is false where the key alone is unique (external ids). from is where the rows come from, and id
   * the customer id column of that source that breaks ties.
   */
  record Order(String key, String type, boolean descending, boolean tieBreak, String from, String id) {
    private static final String CUSTOMERS = "customer c";
    /** Walks the revenue index in order and stops at the page size (V2, customer_summary). */
    private static final String BY_REVENUE = "customer_summary r join customer c on c.id = r.customer_id"
        + " and c.tenant_id = r.tenant_id";

    Order(String key, String type, boolean descending, boolean tieBreak) {
      this(key, type, descending, tieBreak, CUSTOMERS, "c.id");
    }

    static Order of(CustomerSort sort) {
      return switch (sort.field()) {
        case LIFETIME_REVENUE -> new Order("r.revenue", "text::numeric", sort.descending(), true, BY_REVENUE,
            "r.customer_id");
        // every read catches up first, so a customer without a score is one created since: no evidence, sorted lowest
        case HEALTH_SCORE -> new Order("coalesce(c.health_score, -1)", "text::int", sort.descending(), true);
        // longest tenure = earliest first purchase; prospects (no purchase) have the shortest tenure of all
        case TENURE -> new Order("coalesce(c.first_purchase_day, 'infinity'::date)", "text::date", !sort.descending(), true);
        // customers who never bought come last in both directions
        case LAST_PURCHASE_AT -> sort.descending()
            ? new Order("coalesce(c.last_purchase_at, '-infinity'::timestamptz)", "text::timestamptz", true, true)
            : new Order("coalesce(c.last_purchase_at, 'infinity'::timestamptz)", "text::timestamptz", false, true);
        // unique per tenant, so ordering by it alone is total and can use the (tenant_id, external_id) key
        case EXTERNAL_ID -> new Order("c.external_id", "text collate \"C\"", sort.descending(), false);
      };
    }
  }

  record Statement(String sql, Tuple args) {}

  static Statement search(CustomerSearch search) {
    CustomerSearchSql built = new CustomerSearchSql(search);
    Order order = Order.of(search.sort());
    String direction = order.descending() ? " desc" : " asc";
    String comparison = order.descending() ? " < " : " > ";
    if (search.after().isPresent()) {
      CustomerPosition after = search.after().get();
      String key = built.param(after.sortKey()) + "::" + order.type();
      if (order.tieBreak()) {
        built.where.append(" and (").append(order.key()).append(", ").append(order.id()).append(")").append(comparison)
            .append('(').append(key).append(", ").append(built.param(after.id())).append("::bigint)");
      } else {
        built.where.append(" and ").append(order.key()).append(comparison).append(key);
      }
    }
    String orderBy = order.key() + direction + (order.tieBreak() ? ", " + order.id() + direction : "");
    if (order.from().equals(Order.BY_REVENUE) && Set.of(LifecycleStage.AT_RISK).equals(search.stages())) {
      // implied by the stage (only the risk bands make AT_RISK), stated so the walk takes the at-risk index
      built.where.append(" and r.health_band in ('AT_RISK', 'CRITICAL')");
    }
    // the join's c.tenant_id = r.tenant_id carries the where clause's tenant to the revenue index
    String sql = "select " + CustomerRows.COLUMNS + ", (" + order.key() + ")::text as sort_key"
        + " from " + order.from() + " where " + built.where + " order by " + orderBy
        + " limit " + built.param(search.limit());
    return new Statement(sql, Tuple.tuple(built.args));
  }

  static Statement count(CustomerSearch search) {
    CustomerSearchSql built = new CustomerSearchSql(search);
    return new Statement("select count(*) as n from customer c where " + built.where, Tuple.tuple(built.args));
  }

  private String param(Object value) {
    args.add(value);
    return "$" + args.size();
  }

  private void stages(CustomerSearch search) {
    if (search.stages() == null) {
      return;
    }
    if (search.stages().isEmpty()) {
      where.append(" and false");
      return;
    }
    String[] names = search.stages().stream().map(LifecycleStage::name).sorted().toArray(String[]::new);
    String today = param(search.today()) + "::date";
    where.append(" and ").append(stageToday(today)).append(" = any(").append(param(names)).append("::text[])");
  }

  /** The stage today with health applied (AT_RISK), as the SQL function of migration V2 derives it. */
  private static String stageToday(String today) {
    return "customer_stage(c.stages, c.stage_changes, " + today + ", c.health_band)";
  }

  private void healthBands(CustomerSearch search) {
    if (search.healthBands() == null) {
      return;
    }
    String[] names = search.healthBands().stream().map(Enum::name).sorted().toArray(String[]::new);
    where.append(" and c.health_band = any(").append(param(names)).append("::text[])");
  }

  /** A quiet defector type describes an AT_RISK customer; others keep theirs stored but are not one. */
  private void quietDefectorTypes(CustomerSearch search) {
    if (search.quietDefectorTypes() == null) {
      return;
    }
    String[] names = search.quietDefectorTypes().stream().map(Enum::name).sorted().toArray(String[]::new);
    where.append(" and c.quiet_defector_type = any(").append(param(names)).append("::text[]) and ")
        .append(stageToday(param(search.today()) + "::date")).append(" = 'AT_RISK'");
  }

  private void revenue(CustomerSearch.RevenueCriterion criterion) {
    if (criterion == null) {
      return;
    }
    List<String> alternatives = new ArrayList<>();
    for (RevenueRange range : criterion.ranges()) {
      StringBuilder part = new StringBuilder("(c.revenue > 0");
      if (range.min() != null) {
        part.append(" and c.revenue >= ").append(param(range.min())).append("::numeric");
      }
      if (range.max() != null) {
        part.append(" and c.revenue < ").append(param(range.max())).append("::numeric");
      }
      alternatives.add(part.append(')').toString());
    }
    if (criterion.includeZero()) {
      alternatives.add("c.revenue = 0");
    }
    any(alternatives);
  }

  private void firstPurchase(CustomerSearch.FirstPurchaseCriterion criterion) {
    if (criterion == null) {
      return;
    }
    List<String> alternatives = new ArrayList<>();
    for (DayRange range : criterion.ranges()) {
      StringBuilder part = new StringBuilder("(c.first_purchase_day is not null");
      if (range.earliest() != null) {
        part.append(" and c.first_purchase_day >= ").append(param(range.earliest())).append("::date");
      }
      if (range.latest() != null) {
        part.append(" and c.first_purchase_day <= ").append(param(range.latest())).append("::date");
      }
      alternatives.add(part.append(')').toString());
    }
    if (criterion.includeNone()) {
      alternatives.add("c.first_purchase_day is null");
    }
    any(alternatives);
  }

  private void any(List<String> alternatives) {
    where.append(alternatives.isEmpty() ? " and false" : " and (" + String.join(" or ", alternatives) + ")");
  }
}
