package io.customerintel.domain.prediction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ModelFitterTest {
  private static final RepeatData CDNOW = CdnowData.summaryData();

  /** Customers who buy at steady (but different) rates and none of whom drops out: every repeat buyer has t_x = T. */
  private static RepeatData nobodyDropsOut() {
    RepeatData.Builder builder = RepeatData.builder();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      double age = 5 + random.nextInt(48);
      int x = (int) Math.floor(-Math.log(1 - random.nextDouble()) * 0.3 * age);
      builder.add(x == 0 ? new RepeatHistory(0, 0, age) : new RepeatHistory(x, age, age), 1);
    }
    return builder.build();
  }

  @Test
  void aFitWhoseDropoutParameterRunsOffToTheBoundIsRefusedNamingTheParameter() {
    RepeatData data = nobodyDropsOut();
    assertTrue(data.rows() > 500);

    ModelDidNotConverge bg = assertThrows(ModelDidNotConverge.class, () -> ModelFitter.fitBgNbd(data));
    ModelDidNotConverge mbg = assertThrows(ModelDidNotConverge.class, () -> ModelFitter.fitModifiedBgNbd(data));

    assertEquals(ModelKind.BG_NBD, bg.kind());
    assertEquals(ModelKind.MBG_NBD, mbg.kind());
    assertTrue(bg.getMessage().matches(".*parameter [ab] ran off.*"), bg.getMessage());
    assertTrue(mbg.getMessage().matches(".*parameter [ab] ran off.*"), mbg.getMessage());
  }

  @Test
  void aFitThatRunsOutOfEvaluationsIsRefused() {
    ModelDidNotConverge e = assertThrows(ModelDidNotConverge.class, () -> ModelFitter.fitBgNbd(CDNOW, 30));
    assertTrue(e.getMessage().contains("used all its 30 evaluations"), e.getMessage());
  }

  @Test
  void aLikelihoodThatDoesNotDetermineTheParametersIsRefused() {
    // customers seen only at their first purchase: every parameter value explains them equally well
    RepeatData justAcquired = RepeatData.builder().add(new RepeatHistory(0, 0, 0), 100).build();
    ModelDidNotConverge e = assertThrows(ModelDidNotConverge.class, () -> ModelFitter.fitBgNbd(justAcquired));
    assertTrue(e.getMessage().contains("parameter r is not determined"), e.getMessage());
  }

  @Test
  void noCustomersNoFit() {
    assertThrows(ModelDidNotConverge.class, () -> ModelFitter.fitBgNbd(RepeatData.builder().build()));
    assertThrows(ModelDidNotConverge.class, () -> ModelFitter.fitModifiedBgNbd(RepeatData.builder().build()));
    assertThrows(ModelDidNotConverge.class, () -> ModelFitter.fitGammaGamma(SpendData.builder().build()));
  }

  @Test
  void tinyDataSetsGiveAFitOrModelDidNotConvergeButNeverCrash() {
    List<RepeatData> counts = List.of(
        RepeatData.builder().add(new RepeatHistory(1, 2, 3), 1).build(),
        RepeatData.builder().add(new RepeatHistory(0, 0, 5), 1).build(),
        RepeatData.builder().add(new RepeatHistory(1, 2, 3), 1).add(new RepeatHistory(0, 0, 5), 1).build(),
        RepeatData.builder().add(new RepeatHistory(3, 1, 20), 2).add(new RepeatHistory(0, 0, 20), 5)
            .add(new RepeatHistory(1, 19, 20), 1).build());
    for (RepeatData data : counts) {
      fitOrRefuse(() -> ModelFitter.fitBgNbd(data), fit -> assertTrue(Double.isFinite(fit.logLikelihood())));
      fitOrRefuse(() -> ModelFitter.fitModifiedBgNbd(data), fit -> assertTrue(Double.isFinite(fit.logLikelihood())));
    }
    List<SpendData> spend = List.of(SpendData.builder().add(1, 10, 1).build(),
        SpendData.builder().add(1, 10, 1).add(2, 20, 3).build(),
        SpendData.builder().add(1, 10, 1).add(2, 20, 3).add(5, 3, 1).add(1, 200, 1).build());
    for (SpendData data : spend) {
      fitOrRefuse(() -> ModelFitter.fitGammaGamma(data), fit -> assertTrue(Double.isFinite(fit.logLikelihood())));
    }
  }

  @Test
  void fitsDoNotDependOnTheUnitsOfTimeAndMoney() {
    RepeatData.Builder days = RepeatData.builder();
    for (CdnowData.SummaryRow row : CdnowData.summary()) {
      days.add(new RepeatHistory(row.x(), row.tx() * 7, row.T() * 7), 1);
    }
    BgNbd weeks = ModelFitter.fitBgNbd(CDNOW).model();
    BgNbd inDays = ModelFitter.fitBgNbd(days.build()).model();
    // the same optimum up to the optimizer's precision (about 1e-6 relative)
    assertEquals(weeks.r(), inDays.r(), 1e-5 * weeks.r());
    assertEquals(weeks.alpha() * 7, inDays.alpha(), 1e-5 * weeks.alpha() * 7);
    assertEquals(weeks.a(), inDays.a(), 1e-5 * weeks.a());
    assertEquals(weeks.b(), inDays.b(), 1e-5 * weeks.b());

    SpendData.Builder dollars = SpendData.builder();
    SpendData.Builder cents = SpendData.builder();
    for (CdnowData.Customer c : CdnowData.calibrationCustomers().values()) {
      if (c.x() > 0) {
        dollars.add(c.x(), c.meanRepeatSpend(), 1);
        cents.add(c.x(), c.meanRepeatSpend() * 100, 1);
      }
    }
    GammaGamma inDollars = ModelFitter.fitGammaGamma(dollars.build()).model();
    GammaGamma inCents = ModelFitter.fitGammaGamma(cents.build()).model();
    assertEquals(inDollars.p(), inCents.p(), 1e-5 * inDollars.p());
    assertEquals(inDollars.q(), inCents.q(), 1e-5 * inDollars.q());
    assertEquals(inDollars.gamma() * 100, inCents.gamma(), 1e-5 * inDollars.gamma() * 100);
  }

  @Test
  void countLikelihoodGradientsMatchCentralDifferences() {
    double[] at = {0.5, 3, 1.3, 0.8};
    CountLikelihood bg = new BgNbdLikelihood(CDNOW);
    CountLikelihood mbg = new ModifiedBgNbdLikelihood(CDNOW);
    assertGradient((v, g) -> bg.evaluate(v[0], v[1], v[2], v[3], g), at, 2357);
    assertGradient((v, g) -> mbg.evaluate(v[0], v[1], v[2], v[3], g), at, 2357);
    assertGradient((v, g) -> bg.evaluate(v[0], v[1], v[2], v[3], g), new double[] {0.243, 4.414, 0.793, 2.426}, 2357);
  }

  @Test
  void gammaGammaLikelihoodGradientMatchesCentralDifferences() {
    SpendData.Builder builder = SpendData.builder();
    for (CdnowData.Customer c : CdnowData.calibrationCustomers().values()) {
      if (c.x() > 0) {
        builder.add(c.x(), c.meanRepeatSpend(), 1);
      }
    }
    GammaGammaLikelihood likelihood = new GammaGammaLikelihood(builder.build());
    assertGradient((v, g) -> likelihood.evaluate(v[0], v[1], v[2], g), new double[] {2, 5, 30}, 946);
    assertGradient((v, g) -> likelihood.evaluate(v[0], v[1], v[2], g), new double[] {6.25, 3.74, 15.44}, 946);
  }

  /**
   * Relative 1e-6 where the slope is large; near the optimum, where it is about 0, 1e-7 per customer (about what
   * Hipparchus' logGamma, smooth only to ~1e-10 in its derivative, allows a difference quotient).
   */
  private static void assertGradient(LogSpaceMaximizer.LogLikelihood f, double[] at, double customers) {
    double[] gradient = new double[at.length];
    f.evaluate(at, gradient);
    for (int i = 0; i < at.length; i++) {
      double h = 1e-5 * at[i];
      double[] up = at.clone();
      double[] down = at.clone();
      up[i] += h;
      down[i] -= h;
      double numeric = (f.evaluate(up, null) - f.evaluate(down, null)) / (2 * h);
      assertEquals(numeric, gradient[i], 1e-6 * Math.abs(numeric) + 1e-7 * customers, "derivative " + i);
    }
  }

  private static <M> void fitOrRefuse(java.util.function.Supplier<Fit<M>> fit, Consumer<Fit<M>> check) {
    try {
      check.accept(fit.get());
    } catch (ModelDidNotConverge expected) {
      assertTrue(expected.getMessage().contains("did not converge"));
    }
  }
}
