package io.customerintel.adapters.postgres.facts;

import io.customerintel.domain.health.HealthAssessment;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.QuietDefectorType;
import io.customerintel.domain.health.RiskSignal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The health columns of a customer row: signals travel as a JSON array of {code, description, detectedAt}. */
public final class HealthJson {
  /** The health columns, for selects that alias the customer table as c. */
  public static final String COLUMNS = "c.health_score, c.health_band, c.quiet_defector_type, c.health_signals";

  private HealthJson() {}

  public static String signals(List<RiskSignal> signals) {
    JsonArray array = new JsonArray();
    for (RiskSignal signal : signals) {
      array.add(new JsonObject().put("code", signal.code()).put("description", signal.description())
          .put("detectedAt", signal.detectedAt().toString()));
    }
    return array.encode();
  }

  /** The stored assessment of a row selected with {@link #COLUMNS}; null if the customer was never assessed. */
  public static HealthAssessment assessment(Row row) {
    Short score = row.getShort("health_score");
    if (score == null) {
      return null;
    }
    List<RiskSignal> signals = new ArrayList<>();
    Object json = row.getValue("health_signals");
    if (json instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        JsonObject signal = array.getJsonObject(i);
        signals.add(new RiskSignal(signal.getString("code"), signal.getString("description"),
            Instant.parse(signal.getString("detectedAt"))));
      }
    }
    String type = row.getString("quiet_defector_type");
    return new HealthAssessment(score, HealthBand.valueOf(row.getString("health_band")), signals,
        type == null ? null : QuietDefectorType.valueOf(type));
  }
}
