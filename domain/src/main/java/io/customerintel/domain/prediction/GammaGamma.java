package io.customerintel.domain.prediction;

import java.util.List;

/** The Gamma-Gamma spend model (Fader, Hardie & Lee 2005) with fitted p, q, gamma (all > 0). */
public record GammaGamma(double p, double q, double gamma) {
  public GammaGamma {
    // TODO: all positive and finite
  }

  public List<ModelParameter> parameters() {
    return List.of(new ModelParameter("p", p), new ModelParameter("q", q), new ModelParameter("gamma", gamma));
  }

  /** Expected spend per purchase day of a customer with x repeat days of mean value meanSpend (x = 0: no spend seen). */
  public double expectedSpend(int x, double meanSpend) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Expected spend per purchase day of a customer about whom nothing is known: p gamma / (q - 1). */
  public double populationMeanSpend() {
    throw new UnsupportedOperationException("TODO");
  }

  public double logLikelihood(SpendData data) {
    throw new UnsupportedOperationException("TODO");
  }
}
