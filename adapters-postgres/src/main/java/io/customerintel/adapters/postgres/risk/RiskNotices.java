package io.customerintel.adapters.postgres.risk;

import io.customerintel.application.port.out.RiskEvent;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.tenant.TenantId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * The NOTIFY payload of a risk event: one small JSON object per customer (ids, bands, the new signal codes, cause,
 * time), far below PostgreSQL's 8000-byte limit; the subscriber loads everything else through the use cases.
 */
public final class RiskNotices {
  /** The LISTEN/NOTIFY channel; writers NOTIFY inside their transaction, so PostgreSQL delivers on commit only. */
  public static final String CHANNEL = "customer_risk";

  private RiskNotices() {
  }

  public static String encode(RiskEvent event) {
    return new JsonObject().put("t", event.tenantId().value()).put("c", event.customerId().value())
        .put("p", event.previousBand() == null ? null : event.previousBand().name()).put("b", event.band().name())
        .put("s", new JsonArray(List.copyOf(event.newSignals()))).put("k", event.cause())
        .put("at", event.at().toString()).encode();
  }

  public static RiskEvent decode(String payload) {
    JsonObject json = new JsonObject(payload);
    String previous = json.getString("p");
    return new RiskEvent(new TenantId(json.getLong("t")), new CustomerId(json.getLong("c")),
        previous == null ? null : HealthBand.valueOf(previous), HealthBand.valueOf(json.getString("b")),
        json.getJsonArray("s").stream().map(String::valueOf).toList(), json.getString("k"),
        Instant.parse(json.getString("at")));
  }
}
