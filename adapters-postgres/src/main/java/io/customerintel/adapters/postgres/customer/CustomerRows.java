package io.customerintel.adapters.postgres.customer;

import io.customerintel.adapters.postgres.facts.HealthJson;
import io.customerintel.adapters.postgres.sql.Rows;
import io.customerintel.domain.customer.Customer;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The customer columns every customer read selects, and their mapping to the domain. */
final class CustomerRows {
  /**
   * Nulls are stripped on read too: a new customer's attributes are stored as given, and a key given as null means
   * "absent" (updates strip them when merging).
   */
  static final String COLUMNS = "c.id, c.external_id, c.name, jsonb_strip_nulls(c.attributes) as attributes,"
      + " c.first_seen_at, c.purchase_count, c.purchase_days, c.revenue, c.first_purchase_at, c.last_purchase_at,"
      + " c.first_purchase_day, c.last_purchase_day, c.last_return_day, c.latest_defection_at, c.latest_defection_id, "
      + HealthJson.COLUMNS;

  private CustomerRows() {}

  static Customer customer(Row row) {
    CustomerFacts facts = new CustomerFacts(row.getLong("purchase_count"), row.getInteger("purchase_days"),
        row.getBigDecimal("revenue"), Rows.instant(row, "first_purchase_at"), Rows.instant(row, "last_purchase_at"),
        row.getLocalDate("first_purchase_day"), row.getLocalDate("last_purchase_day"),
        row.getLocalDate("last_return_day"), Rows.instant(row, "latest_defection_at"));
    Long defection = row.getLong("latest_defection_id");
    JsonObject attributes = row.getJsonObject("attributes");
    return new Customer(new CustomerId(row.getLong("id")), row.getString("external_id"), row.getString("name"),
        attributes == null ? null : plain(attributes), Rows.instant(row, "first_seen_at"), facts,
        defection == null ? null : new DefectionId(defection), HealthJson.assessment(row));
  }

  /** JSON as plain maps and lists, so no Vert.x type leaves the adapter. */
  static Map<String, Object> plain(JsonObject json) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : json) {
      map.put(entry.getKey(), plainValue(entry.getValue()));
    }
    return map;
  }

  private static Object plainValue(Object value) {
    if (value instanceof JsonObject object) {
      return plain(object);
    }
    if (value instanceof JsonArray array) {
      List<Object> list = new ArrayList<>(array.size());
      for (Object element : array) {
        list.add(plainValue(element));
      }
      return list;
    }
    return value;
  }
}
