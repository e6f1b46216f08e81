package io.customerintel.domain.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

class DigammaTest {
  private static final double EULER = 0.57721566490153286;

  /** psi(n) = -gamma + 1 + 1/2 + ... + 1/(n-1). */
  private static double atInteger(int n) {
    double sum = -EULER;
    for (int k = 1; k < n; k++) {
      sum += 1.0 / k;
    }
    return sum;
  }

  @Test
  void matchesExactValues() {
    for (int n : new int[] {1, 2, 5, 11, 12, 13, 49, 60, 500}) {
      assertEquals(atInteger(n), Digamma.of(n), 5e-15 * Math.max(1, Math.abs(atInteger(n))), "psi(" + n + ")");
    }
    assertEquals(-EULER - 2 * Math.log(2), Digamma.of(0.5), 1e-15);
    // psi(x) = -1/x - gamma + O(x) near 0, and ln x - 1/(2x) far out
    assertEquals(-1e8 - EULER, Digamma.of(1e-8), 1e-7);
    assertEquals(Math.log(1e10) - 0.5e-10, Digamma.of(1e10), 1e-15 * Math.log(1e10));
  }

  @Test
  void hipparchusDigammaIsStillOffByAboutThreeBillionths() {
    // the reason Digamma exists; when this fails, Hipparchus' Gamma.digamma is fixed and Digamma can go
    double error = Gamma.digamma(1) - atInteger(1);
    assertTrue(Math.abs(error) > 1e-9, "Hipparchus digamma(1) error " + error);
  }
}
