package io.customerintel.adapters.postgres.model;

import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.prediction.HoldoutRow;
import io.customerintel.domain.prediction.HoldoutValidation;
import io.customerintel.domain.prediction.ModelKind;
import io.customerintel.domain.prediction.ModelParameter;
import io.customerintel.domain.prediction.ModelParameters;
import io.customerintel.domain.prediction.PredictionModel;
import io.customerintel.domain.prediction.PurchaseModel;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The JSON columns of stored models: parameters, holdout validation, and the prediction model read with a tenant. */
public final class ModelJson {
  private ModelJson() {}

  static JsonArray parameters(List<ModelParameter> parameters) {
    JsonArray json = new JsonArray();
    parameters.forEach(p -> json.add(new JsonObject().put("name", p.name()).put("value", p.value())));
    return json;
  }

  static List<ModelParameter> parameters(JsonArray json) {
    List<ModelParameter> parameters = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      JsonObject p = json.getJsonObject(i);
      parameters.add(new ModelParameter(p.getString("name"), p.getDouble("value")));
    }
    return parameters;
  }

  static JsonObject holdout(HoldoutValidation h) {
    JsonArray rows = new JsonArray();
    for (HoldoutRow row : h.byCalibrationPurchases()) {
      rows.add(new JsonObject().put("calibrationPurchases", row.calibrationPurchases()).put("andMore", row.andMore())
          .put("customers", row.customers()).put("predicted", row.predictedPurchases())
          .put("actual", row.actualPurchases()));
    }
    return new JsonObject().put("holdoutEnd", h.holdoutEnd().toString()).put("periods", h.periods())
        .put("predicted", h.predictedPurchases()).put("actual", h.actualPurchases()).put("rows", rows);
  }

  static HoldoutValidation holdout(JsonObject json) {
    if (json == null) {
      return null;
    }
    List<HoldoutRow> rows = new ArrayList<>();
    JsonArray array = json.getJsonArray("rows");
    for (int i = 0; i < array.size(); i++) {
      JsonObject r = array.getJsonObject(i);
      rows.add(new HoldoutRow(r.getInteger("calibrationPurchases"), r.getBoolean("andMore"), r.getDouble("customers"),
          r.getDouble("predicted"), r.getDouble("actual")));
    }
    return new HoldoutValidation(LocalDate.parse(json.getString("holdoutEnd")), json.getDouble("periods"),
        json.getDouble("predicted"), json.getDouble("actual"), rows);
  }

  /**
   * The SQL expression, over a tenant row {@code t}, that reads the models driving its predictions in one lookup:
   * {"BG_NBD": {"parameters": [...], "period": "WEEK"}, "GAMMA_GAMMA": {...}}, or null without models.
   */
  public static final String PREDICTION_COLUMN = "(select jsonb_object_agg(m.kind, jsonb_build_object("
      + "'parameters', m.parameters, 'period', m.period)) from customer_base_model m"
      + " where m.tenant_id = t.id and m.kind in (t.prediction_model, 'GAMMA_GAMMA')) as prediction,"
      + " t.prediction_model";

  /** Decodes {@link #PREDICTION_COLUMN}: null until the chosen count model has been fitted. */
  public static PredictionModel prediction(String chosen, JsonObject json) {
    if (json == null || !json.containsKey(chosen)) {
      return null;
    }
    JsonObject counts = json.getJsonObject(chosen);
    PurchaseModel purchases = ModelParameters.purchaseModel(ModelKind.valueOf(chosen),
        parameters(counts.getJsonArray("parameters")));
    JsonObject spend = json.getJsonObject(ModelKind.GAMMA_GAMMA.name());
    return new PredictionModel(purchases,
        spend == null ? null : ModelParameters.spendModel(parameters(spend.getJsonArray("parameters"))),
        Interval.valueOf(counts.getString("period")));
  }
}
