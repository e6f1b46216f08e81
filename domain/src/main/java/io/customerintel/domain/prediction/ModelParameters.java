package io.customerintel.domain.prediction;

import java.util.List;

/** Builds models from their stored named parameters, so every reader of stored models builds them one way. */
public final class ModelParameters {
  private ModelParameters() {}

  /** The value of a named parameter. */
  public static double value(List<ModelParameter> parameters, String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + name)).value();
  }

  /** The count model of this kind (BG_NBD or MBG_NBD) with these parameters. */
  public static PurchaseModel purchaseModel(ModelKind kind, List<ModelParameter> p) {
    return switch (kind) {
      case BG_NBD -> new BgNbd(value(p, "r"), value(p, "alpha"), value(p, "a"), value(p, "b"));
      case MBG_NBD -> new ModifiedBgNbd(value(p, "r"), value(p, "alpha"), value(p, "a"), value(p, "b"));
      case GAMMA_GAMMA -> throw new IllegalArgumentException("Gamma-Gamma models spend, not purchases");
    };
  }

  /** The Gamma-Gamma model with these parameters. */
  public static GammaGamma spendModel(List<ModelParameter> p) {
    return new GammaGamma(value(p, "p"), value(p, "q"), value(p, "gamma"));
  }
}
