package io.customerintel.domain.prediction;

/** Maximum-likelihood fits of the customer-base models (log-space parameters, Hipparchus optimizers). */
public final class ModelFitter {
  private ModelFitter() {
  }

  public static Fit<BgNbd> fitBgNbd(RepeatData data) {
    throw new UnsupportedOperationException("TODO");
  }

  public static Fit<ModifiedBgNbd> fitModifiedBgNbd(RepeatData data) {
    throw new UnsupportedOperationException("TODO");
  }

  public static Fit<GammaGamma> fitGammaGamma(SpendData data) {
    throw new UnsupportedOperationException("TODO");
  }
}
