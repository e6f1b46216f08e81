package io.customerintel.domain.prediction;

import java.util.List;

/** The MBG/NBD model (Batislam, Denizel & Filiztekin 2007) with fitted r, alpha, a, b (all > 0). */
public record ModifiedBgNbd(double r, double alpha, double a, double b) implements PurchaseModel {
  public ModifiedBgNbd {
    CountPredictions.requireParameters(ModelKind.MBG_NBD, r, alpha, a, b);
  }

  @Override
  public ModelKind kind() {
    return ModelKind.MBG_NBD;
  }

  @Override
  public List<ModelParameter> parameters() {
    return List.of(new ModelParameter("r", r), new ModelParameter("alpha", alpha), new ModelParameter("a", a),
        new ModelParameter("b", b));
  }

  @Override
  public double probabilityAlive(RepeatHistory history) {
    return CountPredictions.probabilityAlive(ModifiedBgNbdLikelihood.tail(a, b, history.x()), r, alpha, history);
  }

  @Override
  public double expectedPurchases(double t, RepeatHistory history) {
    // an alive customer survived the coin at the first purchase day and after each repeat day: p ~ Beta(a, b + x + 1)
    return CountPredictions.expectedPurchases(t, probabilityAlive(history), r, alpha, a, b + history.x() + 1, history);
  }

  @Override
  public double expectedPurchases(double t) {
    // a randomly chosen new customer is one who has just made the first purchase: E[X(t)] = E[Y(t) | 0, 0, 0]
    return expectedPurchases(t, CountPredictions.NEW_CUSTOMER);
  }

  @Override
  public double logLikelihood(RepeatData data) {
    return new ModifiedBgNbdLikelihood(data).evaluate(r, alpha, a, b, null);
  }
}
