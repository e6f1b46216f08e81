package io.customerintel.domain.prediction;

import java.util.Objects;

/** One named, fitted parameter of a model (r, alpha, a, b, p, q, gamma). */
public record ModelParameter(String name, double value) {
  public ModelParameter {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("parameter " + name + " must be finite");
    }
  }
}
