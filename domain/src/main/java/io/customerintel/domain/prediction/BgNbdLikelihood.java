package io.customerintel.domain.prediction;

import org.hipparchus.special.Gamma;

/**
 * BG/NBD's terms of {@link CountLikelihood}: head(x) = ln B(a, b+x) - ln B(a, b), and for x > 0 the tail
 * ln(a/(b+x-1)) of a customer who dropped out right after the last purchase.
 */
final class BgNbdLikelihood extends CountLikelihood {
  BgNbdLikelihood(RepeatData data) {
    super(data);
  }

  /** ln of the odds that a customer with x repeat days dropped out after the last one (-inf for x = 0). */
  static double tail(double a, double b, double x) {
    return x == 0 ? Double.NEGATIVE_INFINITY : Math.log(a) - Math.log(b + x - 1);
  }

  @Override
  boolean hasTail(int x) {
    return x > 0;
  }

  @Override
  void terms(double a, double b, double x, double[] out) {
    // ln B(a, b+x) - ln B(a, b) = lnG(b+x) - lnG(b) + lnG(a+b) - lnG(a+b+x)
    out[0] = Gamma.logGamma(b + x) - Gamma.logGamma(b) + Gamma.logGamma(a + b) - Gamma.logGamma(a + b + x);
    double shared = Digamma.of(a + b) - Digamma.of(a + b + x);
    out[1] = shared;
    out[2] = Digamma.of(b + x) - Digamma.of(b) + shared;
    if (x > 0) {
      out[3] = tail(a, b, x);
      out[4] = 1 / a;
      out[5] = -1 / (b + x - 1);
    }
  }
}
