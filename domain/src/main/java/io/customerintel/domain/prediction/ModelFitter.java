package io.customerintel.domain.prediction;

import java.util.List;

/** Maximum-likelihood fits of the customer-base models (log-space parameters, Hipparchus optimizers). */
public final class ModelFitter {
  private static final List<String> COUNT_PARAMETERS = List.of("r", "alpha", "a", "b");
  private static final List<String> SPEND_PARAMETERS = List.of("p", "q", "gamma");

  private ModelFitter() {
  }

  public static Fit<BgNbd> fitBgNbd(RepeatData data) {
    return fitBgNbd(data, LogSpaceMaximizer.MAX_EVALUATIONS);
  }

  public static Fit<ModifiedBgNbd> fitModifiedBgNbd(RepeatData data) {
    return fitModifiedBgNbd(data, LogSpaceMaximizer.MAX_EVALUATIONS);
  }

  public static Fit<GammaGamma> fitGammaGamma(SpendData data) {
    return fitGammaGamma(data, LogSpaceMaximizer.MAX_EVALUATIONS);
  }

  static Fit<BgNbd> fitBgNbd(RepeatData data, int maxEvaluations) {
    return fitCounts(ModelKind.BG_NBD, data, new BgNbdLikelihood(data), BgNbd::new, maxEvaluations);
  }

  static Fit<ModifiedBgNbd> fitModifiedBgNbd(RepeatData data, int maxEvaluations) {
    return fitCounts(ModelKind.MBG_NBD, data, new ModifiedBgNbdLikelihood(data), ModifiedBgNbd::new, maxEvaluations);
  }

  static Fit<GammaGamma> fitGammaGamma(SpendData data, int maxEvaluations) {
    GammaGammaLikelihood likelihood = new GammaGammaLikelihood(data);
    // gamma is in the data's money unit: start it at the mean spend, p and q at 1
    double[] scales = {1, 1, positiveOrOne(weightedMean(data.meanSpendColumn(), data.weightColumn()))};
    LogSpaceMaximizer.Optimum optimum = LogSpaceMaximizer.maximize(ModelKind.GAMMA_GAMMA, SPEND_PARAMETERS,
        scales, data.customers(), (v, g) -> likelihood.evaluate(v[0], v[1], v[2], g), maxEvaluations);
    double[] v = optimum.parameters();
    return new Fit<>(new GammaGamma(v[0], v[1], v[2]), optimum.logLikelihood(), data.customers(),
        optimum.evaluations());
  }

  /** How a count model is made from its fitted (r, alpha, a, b). */
  private interface CountModel<M> {
    M of(double r, double alpha, double a, double b);
  }

  private static <M> Fit<M> fitCounts(ModelKind kind, RepeatData data, CountLikelihood likelihood,
                                      CountModel<M> model, int maxEvaluations) {
    // alpha is in the data's time unit: start it at the customers' mean age, the others at 1
    double[] scales = {1, positiveOrOne(weightedMean(data.ageColumn(), data.weightColumn())), 1, 1};
    LogSpaceMaximizer.Optimum optimum = LogSpaceMaximizer.maximize(kind, COUNT_PARAMETERS, scales, data.customers(),
        (v, g) -> likelihood.evaluate(v[0], v[1], v[2], v[3], g), maxEvaluations);
    double[] v = optimum.parameters();
    return new Fit<>(model.of(v[0], v[1], v[2], v[3]), optimum.logLikelihood(), data.customers(),
        optimum.evaluations());
  }

  private static double weightedMean(double[] values, double[] weights) {
    double sum = 0;
    double total = 0;
    for (int row = 0; row < values.length; row++) {
      sum += weights[row] * values[row];
      total += weights[row];
    }
    return total > 0 ? sum / total : 0;
  }

  private static double positiveOrOne(double v) {
    return v > 0 && Double.isFinite(v) ? v : 1;
  }
}
