package io.customerintel.domain.prediction;

/** A fit whose optimizer found no interior maximum (e.g. a parameter ran off to a bound); the detail says why. */
public final class ModelDidNotConverge extends RuntimeException {
  private final ModelKind kind;

  public ModelDidNotConverge(ModelKind kind, String detail) {
    super(kind + " did not converge: " + detail);
    this.kind = kind;
  }

  public ModelKind kind() {
    return kind;
  }
}
