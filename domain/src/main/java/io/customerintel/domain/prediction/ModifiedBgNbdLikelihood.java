package io.customerintel.domain.prediction;

import org.hipparchus.special.Gamma;

/**
 * MBG/NBD's terms of {@link CountLikelihood}: head(x) = ln B(a, b+x+1) - ln B(a, b), and for every x (one-time
 * buyers too) the tail ln(a/(b+x)) of a customer who dropped out right after the last purchase.
 */
final class ModifiedBgNbdLikelihood extends CountLikelihood {
  ModifiedBgNbdLikelihood(RepeatData data) {
    super(data);
  }

  /** ln of the odds that a customer with x repeat days dropped out after the last one. */
  static double tail(double a, double b, double x) {
    return Math.log(a) - Math.log(b + x);
  }

  @Override
  boolean hasTail(int x) {
    return true;
  }

  @Override
  void terms(double a, double b, double x, double[] out) {
    // ln B(a, b+x+1) - ln B(a, b) = lnG(b+x+1) - lnG(b) + lnG(a+b) - lnG(a+b+x+1)
    out[0] = Gamma.logGamma(b + x + 1) - Gamma.logGamma(b) + Gamma.logGamma(a + b) - Gamma.logGamma(a + b + x + 1);
    double shared = Digamma.of(a + b) - Digamma.of(a + b + x + 1);
    out[1] = shared;
    out[2] = Digamma.of(b + x + 1) - Digamma.of(b) + shared;
    out[3] = tail(a, b, x);
    out[4] = 1 / a;
    out[5] = -1 / (b + x);
  }
}
