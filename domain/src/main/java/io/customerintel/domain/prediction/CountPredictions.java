package io.customerintel.domain.prediction;

/**
 * Predictions shared by the BG/NBD family: P(alive) from the model's tail odds, and the expected repeat purchase
 * days of an alive customer over the next t periods.
 *
 * <p>The published closed forms K/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(...)] are 0/0 at a = 1, lose digits
 * near it and overflow for large x as z = t/(alpha+T+t) nears 1. The same number written as
 *
 * <pre>  W = sum over n >= 1 of NB(n) (s_0 + ... + s_(n-1)),   s_k = (b')_k / (a+b')_k</pre>
 *
 * has none of these problems, its terms all being positive: NB(n) is the probability of n purchases in t at the
 * posterior rate (negative binomial, shape r' = r+x, success probability 1-z) and s_k the probability of surviving
 * k more dropout coins under the posterior Beta(a, b'). docs/models.md derives it; the tests check it against the
 * 2F1 forms and against an integral over the dropout probability.
 */
final class CountPredictions {
  private static final double RESCALE = 1e250;
  private static final double LOG_RESCALE = Math.log(RESCALE);

  /** A customer at the moment of the first purchase. */
  static final RepeatHistory NEW_CUSTOMER = new RepeatHistory(0, 0, 0);

  private CountPredictions() {
  }

  static void requireParameters(ModelKind kind, double r, double alpha, double a, double b) {
    if (!positive(r) || !positive(alpha) || !positive(a) || !positive(b)) {
      throw new IllegalArgumentException(kind + " needs positive, finite r, alpha, a, b; got r=" + r + " alpha="
          + alpha + " a=" + a + " b=" + b);
    }
  }

  static boolean positive(double v) {
    return v > 0 && v < Double.POSITIVE_INFINITY;
  }

  /** 1 / (1 + e^d) with d = tail(x) + (r+x) ln((alpha+T)/(alpha+t_x)), the odds of having dropped out. */
  static double probabilityAlive(double tail, double r, double alpha, RepeatHistory history) {
    double d = tail + (r + history.x()) * Math.log1p((history.T() - history.tx()) / (alpha + history.tx()));
    return d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
  }

  /**
   * E[Y(t) | history] = P(alive) W: the posterior of the purchase rate is Gamma(r+x, alpha+T) and that of the
   * dropout probability Beta(a, b'), b' = the model's b plus the dropout coins the customer survived.
   */
  static double expectedPurchases(double t, double alive, double r, double alpha, double a, double bPrime,
                                  RepeatHistory history) {
    if (!(t >= 0) || t == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("a horizon is finite and not negative, got " + t);
    }
    double lnP = -Math.log1p(t / (alpha + history.T()));
    double z = t / (alpha + history.T() + t);
    return alive * expectedDays(r + history.x(), a, bPrime, z, lnP);
  }

  /**
   * W for posterior shapes r' and a, b', horizon ratio z = t/(alpha+T+t) and lnP = ln(1 - z) (passed separately,
   * computed without cancellation by the caller).
   */
  static double expectedDays(double rPrime, double a, double bPrime, double z, double lnP) {
    if (z == 0) {
      return 0;
    }
    double logScale = rPrime * lnP; // NB(0) = (1 - z)^r', kept apart so that it cannot underflow
    double probability = 1; // NB(n) / exp(logScale)
    double survivors = 0; // s_0 + ... + s_(n-1)
    double survival = 1; // s_n
    double sum = 0;
    double compensation = 0;
    for (int n = 0; n < Hypergeometric.MAX_TERMS; n++) {
      survivors += survival;
      survival *= (bPrime + n) / (a + bPrime + n);
      probability *= (rPrime + n) * z / (n + 1);
      double term = probability * survivors;
      double next = sum + term;
      compensation += sum >= term ? (sum - next) + term : (term - next) + sum;
      sum = next;
      if (probability > RESCALE) {
        probability /= RESCALE;
        sum /= RESCALE;
        compensation /= RESCALE;
        logScale += LOG_RESCALE;
      }
      // later NB ratios (r' + m) z / (m + 1) move monotonically towards z; later partial sums grow by <= s_n a step
      double q = Math.max((rPrime + n + 1) * z / (n + 2), z);
      if (q < 1) {
        double tail = probability * (survivors * q / (1 - q) + survival * q / ((1 - q) * (1 - q)));
        if (tail <= Hypergeometric.TOLERANCE * (sum + compensation)) {
          return (sum + compensation) * Math.exp(logScale);
        }
      }
    }
    throw new ArithmeticException("expected purchases need more than " + Hypergeometric.MAX_TERMS
        + " terms at z = " + z + " (the horizon is too long for the customers' time scale)");
  }
}
