package io.customerintel.adapters.postgres.tenant;

import io.customerintel.domain.health.HealthPolicy;
import io.vertx.core.json.JsonObject;
import java.time.Duration;

/** A tenant's health model as the JSON document in tenant.health_model; absent keys take the defaults. */
final class HealthModelJson {
  private HealthModelJson() {}

  /** A JsonObject, not its text: the client would send a Java string to a jsonb parameter as a JSON string. */
  static JsonObject encode(HealthPolicy p) {
    return new JsonObject()
        .put("recencyWeight", p.recencyWeight()).put("purchaseTrendWeight", p.purchaseTrendWeight())
        .put("surveyAnswersWeight", p.surveyAnswersWeight()).put("responseRateWeight", p.responseRateWeight())
        .put("contactRequestWeight", p.contactRequestWeight()).put("probabilityAliveWeight", p.probabilityAliveWeight())
        .put("healthyFrom", p.healthyFrom()).put("neutralFrom", p.neutralFrom()).put("atRiskFrom", p.atRiskFrom())
        .put("defaultExpectedGapDays", p.defaultExpectedGapDays())
        .put("followUpDeadlineMinutes", p.followUpDeadline().toMinutes())
        .put("spendWindowDays", p.spendWindowDays()).put("spendDeclineRatio", p.spendDeclineRatio());
  }

  static HealthPolicy decode(JsonObject json) {
    HealthPolicy d = HealthPolicy.DEFAULT;
    if (json == null) {
      return d;
    }
    return new HealthPolicy(
        json.getDouble("recencyWeight", d.recencyWeight()),
        json.getDouble("purchaseTrendWeight", d.purchaseTrendWeight()),
        json.getDouble("surveyAnswersWeight", d.surveyAnswersWeight()),
        json.getDouble("responseRateWeight", d.responseRateWeight()),
        json.getDouble("contactRequestWeight", d.contactRequestWeight()),
        json.getDouble("probabilityAliveWeight", d.probabilityAliveWeight()),
        json.getInteger("healthyFrom", d.healthyFrom()),
        json.getInteger("neutralFrom", d.neutralFrom()),
        json.getInteger("atRiskFrom", d.atRiskFrom()),
        json.getInteger("defaultExpectedGapDays", d.defaultExpectedGapDays()),
        Duration.ofMinutes(json.getLong("followUpDeadlineMinutes", d.followUpDeadline().toMinutes())),
        json.getInteger("spendWindowDays", d.spendWindowDays()),
        json.getDouble("spendDeclineRatio", d.spendDeclineRatio()));
  }
}
