package io.customerintel.domain.prediction;

/** The Gaussian hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, as the BG/NBD expectations need it. */
public final class Hypergeometric {
  private Hypergeometric() {
  }

  public static double hyp2f1(double a, double b, double c, double z) {
    throw new UnsupportedOperationException("TODO");
  }
}
