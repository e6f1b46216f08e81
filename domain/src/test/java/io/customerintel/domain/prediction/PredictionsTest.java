package io.customerintel.domain.prediction;

import static io.customerintel.domain.prediction.HypergeometricTest.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.special.Beta;
import org.junit.jupiter.api.Test;

class PredictionsTest {
  private static final BgNbd BG = new BgNbd(0.2426, 4.4135, 0.7929, 2.4258);
  private static final ModifiedBgNbd MBG = new ModifiedBgNbd(0.5248, 6.1830, 0.8914, 1.6140);
  private static final List<RepeatHistory> HISTORIES = List.of(new RepeatHistory(0, 0, 0),
      new RepeatHistory(0, 0, 38.86), new RepeatHistory(1, 1.71, 38.86), new RepeatHistory(2, 30.43, 38.86),
      new RepeatHistory(7, 20, 52), new RepeatHistory(40, 50, 52));
  private static final double[] HORIZONS = {0.01, 1, 39, 200, 1000};

  @Test
  void bgNbdOneTimeBuyersAreAliveForSure() {
    assertEquals(1, BG.probabilityAlive(new RepeatHistory(0, 0, 38.86)));
    assertEquals(1, BG.probabilityAlive(new RepeatHistory(0, 0, 500)));
  }

  @Test
  void mbgNbdOneTimeBuyersMayHaveDroppedOutRightAfterTheirFirstPurchase() {
    double alive = MBG.probabilityAlive(new RepeatHistory(0, 0, 38.86));
    assertTrue(alive < 1);
    double expected = 1 / (1 + MBG.a() / MBG.b() * Math.pow((MBG.alpha() + 38.86) / MBG.alpha(), MBG.r()));
    assertEquals(expected, alive, 1e-15);
    assertEquals(MBG.b() / (MBG.a() + MBG.b()), MBG.probabilityAlive(new RepeatHistory(0, 0, 0)), 1e-15);
  }

  @Test
  void probabilityAliveFallsTheLongerACustomerStaysSilent() {
    for (PurchaseModel model : List.<PurchaseModel>of(BG, MBG)) {
      double previous = 1;
      for (double age = 31; age <= 400; age += 1) {
        double alive = model.probabilityAlive(new RepeatHistory(3, 30, age));
        assertTrue(alive < previous, () -> model + " at T=" + alive);
        previous = alive;
      }
    }
  }

  @Test
  void expectationsGrowWithTheHorizonAndStayFiniteUpToAThousandPeriods() {
    for (PurchaseModel model : List.<PurchaseModel>of(BG, MBG, new BgNbd(3, 0.05, 0.2, 0.1),
        new ModifiedBgNbd(0.05, 0.01, 5, 0.5))) {
      for (RepeatHistory history : HISTORIES) {
        double previous = 0;
        for (double t = 0.5; t <= 1000; t *= 1.5) {
          double expected = model.expectedPurchases(t, history);
          assertTrue(Double.isFinite(expected) && expected > previous, () -> model + " " + history);
          previous = expected;
        }
        assertTrue(Double.isFinite(model.expectedPurchases(1000, history)));
      }
      double previous = 0;
      for (double t = 0.5; t <= 1000; t *= 1.5) {
        double expected = model.expectedPurchases(t);
        assertTrue(Double.isFinite(expected) && expected > previous, () -> model + " E[X(t)]");
        previous = expected;
      }
      assertEquals(0, model.expectedPurchases(0));
    }
  }

  @Test
  void expectationsMatchThePublishedClosedFormsWithTheHypergeometricFunction() {
    for (double t : HORIZONS) {
      double z = t / (BG.alpha() + t);
      double bg = (BG.a() + BG.b() - 1) / (BG.a() - 1) * (1 - Math.pow(BG.alpha() / (BG.alpha() + t), BG.r())
          * Hypergeometric.hyp2f1(BG.r(), BG.b(), BG.a() + BG.b() - 1, z));
      assertClose(bg, BG.expectedPurchases(t), 1e-11, "BG/NBD E[X(" + t + ")]");
      double zm = t / (MBG.alpha() + t);
      // lifetimes' ModifiedBetaGeoFitter: b/(a-1) in front (a new customer first survives the coin at purchase 1)
      double mbg = MBG.b() / (MBG.a() - 1) * (1 - Math.pow(MBG.alpha() / (MBG.alpha() + t), MBG.r())
          * Hypergeometric.hyp2f1(MBG.r(), MBG.b() + 1, MBG.a() + MBG.b(), zm));
      assertClose(mbg, MBG.expectedPurchases(t), 1e-11, "MBG/NBD E[X(" + t + ")]");
      for (RepeatHistory h : HISTORIES) {
        assertClose(closedFormBg(BG, t, h), BG.expectedPurchases(t, h), 1e-10, "BG/NBD " + h + " t=" + t);
        assertClose(closedFormMbg(MBG, t, h), MBG.expectedPurchases(t, h), 1e-10, "MBG/NBD " + h + " t=" + t);
      }
    }
  }

  @Test
  void expectationsMatchAnIntegralOverTheDropoutProbabilityForAnyParameters() {
    // including a = 1 (where the closed forms are 0/0), a just beside it and a + b < 1 (2F1 with c <= 0)
    double[][] parameters = {{0.2426, 4.4135, 0.7929, 2.4258}, {0.5, 2, 1, 3}, {0.5, 2, 1 + 1e-9, 3},
        {0.5, 2, 1 - 1e-7, 3}, {0.5, 2, 0.3, 0.5}, {2, 0.05, 0.05, 0.2}, {0.05, 30, 6, 40}};
    for (double[] v : parameters) {
      BgNbd bg = new BgNbd(v[0], v[1], v[2], v[3]);
      ModifiedBgNbd mbg = new ModifiedBgNbd(v[0], v[1], v[2], v[3]);
      for (RepeatHistory h : HISTORIES) {
        for (double t : HORIZONS) {
          double bgIntegral = bg.probabilityAlive(h) * aliveExpectation(bg.r() + h.x(), bg.alpha() + h.T(), t,
              bg.a(), bg.b() + h.x());
          assertClose(bgIntegral, bg.expectedPurchases(t, h), 1e-9, bg + " " + h + " t=" + t);
          double mbgIntegral = mbg.probabilityAlive(h) * aliveExpectation(mbg.r() + h.x(), mbg.alpha() + h.T(), t,
              mbg.a(), mbg.b() + h.x() + 1);
          assertClose(mbgIntegral, mbg.expectedPurchases(t, h), 1e-9, mbg + " " + h + " t=" + t);
        }
      }
    }
  }

  @Test
  void aModelWithAEqualToOneIsContinuousWithItsNeighbours() {
    RepeatHistory h = new RepeatHistory(2, 30.43, 38.86);
    double atOne = new BgNbd(0.3, 5, 1, 2).expectedPurchases(39, h);
    assertClose(atOne, new BgNbd(0.3, 5, 1 + 1e-8, 2).expectedPurchases(39, h), 1e-7, "a = 1 + 1e-8");
    assertClose(atOne, new BgNbd(0.3, 5, 1 - 1e-8, 2).expectedPurchases(39, h), 1e-7, "a = 1 - 1e-8");
    double mbgAtOne = new ModifiedBgNbd(0.3, 5, 1, 2).expectedPurchases(39);
    assertClose(mbgAtOne, new ModifiedBgNbd(0.3, 5, 1 + 1e-8, 2).expectedPurchases(39), 1e-7, "MBG a = 1 + 1e-8");
  }

  @Test
  void aHorizonMustBeFiniteAndNotNegative() {
    RepeatHistory h = new RepeatHistory(1, 1, 2);
    assertThrows(IllegalArgumentException.class, () -> BG.expectedPurchases(-1, h));
    assertThrows(IllegalArgumentException.class, () -> MBG.expectedPurchases(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> BG.expectedPurchases(Double.POSITIVE_INFINITY));
  }

  @Test
  void modelParametersMustBePositiveAndFinite() {
    assertThrows(IllegalArgumentException.class, () -> new BgNbd(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new BgNbd(1, Double.POSITIVE_INFINITY, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ModifiedBgNbd(1, 1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> new ModifiedBgNbd(1, 1, 1, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new GammaGamma(1, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new GammaGamma(Double.NaN, 1, 1));
  }

  @Test
  void gammaGammaShrinksAMeanSpendTowardsThePopulationMean() {
    GammaGamma model = new GammaGamma(6.25, 3.74, 15.44);
    double population = 6.25 * 15.44 / 2.74;
    assertEquals(population, model.populationMeanSpend(), 1e-12);
    assertEquals(population, model.expectedSpend(0, 0), 1e-12);
    assertEquals(population, model.expectedSpend(3, -5), 1e-12);
    assertEquals(6.25 * (15.44 + 50 * 4) / (6.25 * 4 + 3.74 - 1), model.expectedSpend(4, 50), 1e-12);
    double oneDay = model.expectedSpend(1, 100);
    double manyDays = model.expectedSpend(50, 100);
    assertTrue(population < oneDay && oneDay < manyDays && manyDays < 100);
    assertThrows(IllegalArgumentException.class, () -> model.expectedSpend(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> model.expectedSpend(1, Double.NaN));
  }

  @Test
  void gammaGammaWithoutAPopulationMeanStillPredictsForRepeatBuyers() {
    GammaGamma model = new GammaGamma(2, 0.8, 10);
    assertThrows(IllegalStateException.class, model::populationMeanSpend);
    assertThrows(IllegalStateException.class, () -> model.expectedSpend(0, 0));
    assertEquals(2 * (10 + 30 * 3) / (2 * 3 + 0.8 - 1), model.expectedSpend(3, 30), 1e-12);
    assertThrows(IllegalStateException.class, () -> new GammaGamma(0.1, 0.5, 10).expectedSpend(1, 30));
  }

  private static double closedFormBg(BgNbd m, double t, RepeatHistory h) {
    int x = h.x();
    double c = m.a() + m.b() + x - 1;
    double z = t / (m.alpha() + h.T() + t);
    double numerator = c / (m.a() - 1) * (1 - Math.pow((m.alpha() + h.T()) / (m.alpha() + h.T() + t), m.r() + x)
        * Hypergeometric.hyp2f1(m.r() + x, m.b() + x, c, z));
    double odds = x > 0 ? m.a() / (m.b() + x - 1) * Math.pow((m.alpha() + h.T()) / (m.alpha() + h.tx()), m.r() + x)
        : 0;
    return numerator / (1 + odds);
  }

  private static double closedFormMbg(ModifiedBgNbd m, double t, RepeatHistory h) {
    int x = h.x();
    double c = m.a() + m.b() + x;
    double z = t / (m.alpha() + h.T() + t);
    double numerator = c / (m.a() - 1) * (1 - Math.pow((m.alpha() + h.T()) / (m.alpha() + h.T() + t), m.r() + x)
        * Hypergeometric.hyp2f1(m.r() + x, m.b() + x + 1, c, z));
    double odds = m.a() / (m.b() + x) * Math.pow((m.alpha() + h.T()) / (m.alpha() + h.tx()), m.r() + x);
    return numerator / (1 + odds);
  }

  /**
   * Expected purchases in t of an alive customer whose rate is Gamma(shape, rate) and dropout probability
   * Beta(a, b): the integral over p of (1/p)(1 - (rate/(rate + p t))^shape) Beta(p; a, b), by tanh-sinh quadrature
   * (which takes the endpoint singularities of the Beta density in its stride).
   */
  private static double aliveExpectation(double shape, double rate, double t, double a, double b) {
    double h = 1.0 / 256;
    double sum = 0;
    for (double s = -7; s <= 7; s += h) {
      double u = Math.PI / 2 * Math.sinh(s);
      // p = 1/(1+e^(-2u)), 1-p = 1/(1+e^(2u)), both in logs so neither end underflows to a wrong 0
      double lnP = -softplus(-2 * u);
      double lnQ = -softplus(2 * u);
      double p = Math.exp(lnP);
      double lnWeight = Math.log(Math.PI / 2 * Math.cosh(s)) + lnP + lnQ; // dp/ds = (pi/2) cosh(s) p (1-p) 2
      double density = Math.exp((a - 1) * lnP + (b - 1) * lnQ + lnWeight + Math.log(2) - Beta.logBeta(a, b));
      double purchases = p == 0 ? shape * t / rate : -Math.expm1(-shape * Math.log1p(p * t / rate)) / p;
      sum += h * density * purchases;
    }
    return sum;
  }

  private static double softplus(double d) {
    return Math.max(d, 0) + Math.log1p(Math.exp(-Math.abs(d)));
  }
}
