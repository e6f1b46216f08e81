package io.customerintel.domain.prediction;

import java.util.List;

/** The BG/NBD model (Fader, Hardie & Lee 2005) with fitted r, alpha, a, b (all > 0). */
public record BgNbd(double r, double alpha, double a, double b) implements PurchaseModel {
  public BgNbd {
    // TODO: all positive and finite
  }

  @Override
  public ModelKind kind() {
    return ModelKind.BG_NBD;
  }

  @Override
  public List<ModelParameter> parameters() {
    return List.of(new ModelParameter("r", r), new ModelParameter("alpha", alpha), new ModelParameter("a", a),
        new ModelParameter("b", b));
  }

  @Override
  public double probabilityAlive(RepeatHistory history) {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public double expectedPurchases(double t, RepeatHistory history) {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public double expectedPurchases(double t) {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public double logLikelihood(RepeatData data) {
    throw new UnsupportedOperationException("TODO");
  }
}
