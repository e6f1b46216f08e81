package io.customerintel.domain.prediction;

import java.util.List;

/** The BG/NBD model (Fader, Hardie & Lee 2005) with fitted r, alpha, a, b (all > 0). */
public record BgNbd(double r, double alpha, double a, double b) implements PurchaseModel {
  public BgNbd {
    CountPredictions.requireParameters(ModelKind.BG_NBD, r, alpha, a, b);
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
    return CountPredictions.probabilityAlive(BgNbdLikelihood.tail(a, b, history.x()), r, alpha, history);
  }

  @Override
  public double expectedPurchases(double t, RepeatHistory history) {
    // an alive customer survived the dropout coin after each of its x repeat days: p ~ Beta(a, b + x)
    return CountPredictions.expectedPurchases(t, probabilityAlive(history), r, alpha, a, b + history.x(), history);
  }

  @Override
  public double expectedPurchases(double t) {
    // a randomly chosen new customer is one who has just made the first purchase: E[X(t)] = E[Y(t) | 0, 0, 0]
    return expectedPurchases(t, CountPredictions.NEW_CUSTOMER);
  }

  @Override
  public double logLikelihood(RepeatData data) {
    return new BgNbdLikelihood(data).evaluate(r, alpha, a, b, null);
  }
}
