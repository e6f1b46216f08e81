package io.customerintel.domain.prediction;

import java.util.List;

/** The Gamma-Gamma spend model (Fader, Hardie & Lee 2005) with fitted p, q, gamma (all > 0). */
public record GammaGamma(double p, double q, double gamma) {
  public GammaGamma {
    if (!CountPredictions.positive(p) || !CountPredictions.positive(q) || !CountPredictions.positive(gamma)) {
      throw new IllegalArgumentException(ModelKind.GAMMA_GAMMA + " needs positive, finite p, q, gamma; got p=" + p
          + " q=" + q + " gamma=" + gamma);
    }
  }

  public List<ModelParameter> parameters() {
    return List.of(new ModelParameter("p", p), new ModelParameter("q", q), new ModelParameter("gamma", gamma));
  }

  /**
   * Expected spend per purchase day of a customer with x repeat days of mean value meanSpend (x = 0: no spend seen).
   * The posterior mean p (gamma + m x) / (p x + q - 1) exists only when p x + q > 1 (IllegalStateException
   * otherwise); without a valid history (x = 0 or meanSpend <= 0) it is the {@link #populationMeanSpend()}.
   */
  public double expectedSpend(int x, double meanSpend) {
    if (x < 0 || Double.isNaN(meanSpend) || Double.isInfinite(meanSpend)) {
      throw new IllegalArgumentException("need x >= 0 and a finite mean spend, got x=" + x + " mean=" + meanSpend);
    }
    if (x == 0 || meanSpend <= 0) {
      return populationMeanSpend();
    }
    double denominator = p * x + q - 1;
    if (!(denominator > 0)) {
      throw new IllegalStateException("the expected spend does not exist for p x + q <= 1 (p=" + p + ", q=" + q
          + ", x=" + x + ")");
    }
    return p * (gamma + meanSpend * x) / denominator;
  }

  /**
   * Expected spend per purchase day of a customer about whom nothing is known: p gamma / (q - 1). For q <= 1 the
   * spend distribution has no mean (IllegalStateException).
   */
  public double populationMeanSpend() {
    if (!(q > 1)) {
      throw new IllegalStateException("the population mean spend does not exist for q <= 1 (q=" + q + ")");
    }
    return p * gamma / (q - 1);
  }

  public double logLikelihood(SpendData data) {
    return new GammaGammaLikelihood(data).evaluate(p, q, gamma, null);
  }
}
