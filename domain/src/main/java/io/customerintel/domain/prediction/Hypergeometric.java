package io.customerintel.domain.prediction;

/** The Gaussian hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, as the BG/NBD expectations need it. */
public final class Hypergeometric {
  /** Relative size of the neglected tail at which a series stops (about one unit in the last place). */
  static final double TOLERANCE = 0x1p-53;
  /** Series longer than this fail: at z = 1 - 1e-5 about 5 million terms are needed, closer to 1 is refused. */
  static final int MAX_TERMS = 10_000_000;
  /** A sum whose terms cancel to less than a millionth of their absolute sum has lost too many digits. */
  private static final double MAX_CANCELLATION = 1e6;

  private Hypergeometric() {
  }

  /**
   * 2F1(a, b; c; z) to about 15 significant digits, by its power series or by Euler's transformation
   * 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z), whichever has terms of one sign and the faster
   * decay (so the sum neither cancels nor overflows). Throws ArithmeticException rather than return a number it
   * cannot vouch for: more than {@link #MAX_TERMS} terms (z very close to 1), catastrophic cancellation or overflow.
   */
  public static double hyp2f1(double a, double b, double c, double z) {
    if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !(z >= 0 && z < 1)) {
      throw new IllegalArgumentException("2F1 needs finite a, b, c and 0 <= z < 1, got a=" + a + " b=" + b
          + " c=" + c + " z=" + z);
    }
    if (isNonPositiveInteger(c)) {
      throw new IllegalArgumentException("2F1 is undefined for c = " + c);
    }
    if (z == 0 || isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
      return series(a, b, c, z);
    }
    boolean directOneSigned = a > 0 && b > 0 && c > 0;
    boolean eulerOneSigned = c - a > 0 && c - b > 0 && c > 0;
    boolean eulerTerminates = isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b);
    if (eulerTerminates || eulerOneSigned && (!directOneSigned || c - a - b < 0)) {
      double value = Math.exp((c - a - b) * Math.log1p(-z)) * series(c - a, c - b, c, z);
      return finite(value, a, b, c, z);
    }
    return series(a, b, c, z);
  }

  /** Sum of the power series of 2F1, with a rigorous bound on the neglected tail. */
  private static double series(double a, double b, double c, double z) {
    double term = 1;
    double sum = 1;
    double compensation = 0;
    double absoluteSum = 1;
    // from here on every factor a + n, b + n, c + n keeps its sign
    double settled = Math.max(0, Math.ceil(Math.max(-a, Math.max(-b, -c))));
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      if (term == 0) {
        return checked(sum + compensation, absoluteSum, a, b, c, z);
      }
      double next = sum + term;
      compensation += Math.abs(sum) >= Math.abs(term) ? (sum - next) + term : (term - next) + sum;
      sum = next;
      absoluteSum += Math.abs(term);
      if (n + 1 > settled) {
        double q = ratioBound(a, b, c, z, n + 1);
        if (q < 1 && Math.abs(term) * q / (1 - q) <= TOLERANCE * Math.abs(sum + compensation)) {
          return checked(sum + compensation, absoluteSum, a, b, c, z);
        }
      }
    }
    throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") needs more than " + MAX_TERMS
        + " terms (z is too close to 1)");
  }

  /**
   * A bound on every later term ratio (a + m)(b + m) z / ((c + m)(m + 1)), m >= n: each factor (a + m)/(c + m) and
   * (b + m)/(m + 1) moves monotonically towards 1, so it is at most the larger of its value at n and 1.
   */
  private static double ratioBound(double a, double b, double c, double z, int n) {
    double pairedWithC = Math.max((a + n) / (c + n), 1) * Math.max((b + n) / (n + 1.0), 1);
    double pairedWithOne = Math.max((b + n) / (c + n), 1) * Math.max((a + n) / (n + 1.0), 1);
    return z * Math.min(pairedWithC, pairedWithOne);
  }

  private static double checked(double sum, double absoluteSum, double a, double b, double c, double z) {
    if (absoluteSum > MAX_CANCELLATION * Math.abs(sum)) {
      throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + "): the series cancels (terms"
          + " up to " + absoluteSum + " for a sum of " + sum + "), too few digits would be left");
    }
    return finite(sum, a, b, c, z);
  }

  private static double finite(double value, double a, double b, double c, double z) {
    if (!Double.isFinite(value)) {
      throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") overflows");
    }
    return value;
  }

  private static boolean isNonPositiveInteger(double v) {
    return v <= 0 && v == Math.rint(v);
  }
}
