package io.customerintel.domain.prediction;

import java.util.Objects;

/** The outcome of a maximum-likelihood fit: the model at the optimum, its log-likelihood, the customers it saw. */
public record Fit<M>(M model, double logLikelihood, double customers, int evaluations) {
  public Fit {
    Objects.requireNonNull(model, "model");
  }
}
