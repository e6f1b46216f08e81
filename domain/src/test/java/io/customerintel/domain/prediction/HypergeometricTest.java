package io.customerintel.domain.prediction;

import static io.customerintel.domain.prediction.Hypergeometric.hyp2f1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class HypergeometricTest {
  private static final double[] Z = {0, 1e-9, 0.1, 0.5, 0.9, 0.99, 0.999, 0.9999};

  @Test
  void matchesTheLogarithmClosedForm() {
    for (double z : Z) {
      double expected = z == 0 ? 1 : -Math.log1p(-z) / z;
      assertClose(expected, hyp2f1(1, 1, 2, z), 1e-14, "2F1(1,1;2;" + z + ")");
    }
  }

  @Test
  void matchesTheBinomialClosedForm() {
    for (double z : Z) {
      for (double a : new double[] {0.243, 2.5, 7}) {
        assertClose(Math.pow(1 - z, -a), hyp2f1(a, 3.3, 3.3, z), 1e-13, "2F1(" + a + ",b;b;" + z + ")");
      }
    }
  }

  @Test
  void matchesTheArcsineClosedForm() {
    for (double s : new double[] {0.1, 0.5, 0.9, 0.99, 0.999}) {
      assertClose(Math.asin(s) / s, hyp2f1(0.5, 0.5, 1.5, s * s), 1e-14, "arcsin at " + s);
    }
  }

  @Test
  void matchesAHighPrecisionSeriesAtCdnowParameters() {
    // BG/NBD's E[X(t)] and E[Y(t)|x=2] arguments at the CDNOW optimum, near z = 1 where the series is slow
    double r = 0.2426;
    double a = 0.7929;
    double b = 2.4258;
    for (double z : new double[] {0.5, 0.9, 0.99}) {
      assertClose(bigSeries(r, b, a + b - 1, z), hyp2f1(r, b, a + b - 1, z), 1e-14, "E[X] at " + z);
      assertClose(bigSeries(r + 2, b + 2, a + b + 1, z), hyp2f1(r + 2, b + 2, a + b + 1, z), 1e-14, "E[Y] at " + z);
      assertClose(bigSeries(r, b + 1, a + b, z), hyp2f1(r, b + 1, a + b, z), 1e-14, "MBG at " + z);
    }
  }

  @Test
  void terminatesForANonPositiveIntegerParameter() {
    // 2F1(-2, b; c; z) = 1 - 2bz/c + b(b+1)z^2/(c(c+1))
    double b = 1.5;
    double c = 2.5;
    double z = 0.7;
    assertClose(1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1)), hyp2f1(-2, b, c, z), 1e-15, "polynomial");
  }

  @Test
  void failsLoudlyInsteadOfReturningAnUnreliableNumber() {
    assertThrows(ArithmeticException.class, () -> hyp2f1(0.5, 0.5, 1.5, 1 - 1e-9));
    assertThrows(ArithmeticException.class, () -> hyp2f1(-40.5, 3, -20.5, 0.99));
    assertThrows(IllegalArgumentException.class, () -> hyp2f1(1, 1, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> hyp2f1(1, 1, 2, -0.1));
    assertThrows(IllegalArgumentException.class, () -> hyp2f1(1, 1, -3, 0.5));
    assertThrows(IllegalArgumentException.class, () -> hyp2f1(Double.NaN, 1, 2, 0.5));
  }

  /** The plain power series in 40-digit decimal arithmetic, summed until the terms are below 1e-25. */
  private static double bigSeries(double a, double b, double c, double z) {
    MathContext mc = new MathContext(40);
    BigDecimal ba = new BigDecimal(a);
    BigDecimal bb = new BigDecimal(b);
    BigDecimal bc = new BigDecimal(c);
    BigDecimal bz = new BigDecimal(z);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal small = new BigDecimal("1e-25");
    for (int n = 0; n < 1_000_000; n++) {
      BigDecimal bn = BigDecimal.valueOf(n);
      term = term.multiply(ba.add(bn).multiply(bb.add(bn), mc), mc).multiply(bz, mc)
          .divide(bc.add(bn).multiply(bn.add(BigDecimal.ONE), mc), mc);
      sum = sum.add(term, mc);
      if (n > 100 && term.abs().compareTo(small) < 0) {
        return sum.doubleValue();
      }
    }
    throw new AssertionError("reference series did not converge");
  }

  static void assertClose(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, relative * Math.abs(expected), what);
  }
}
