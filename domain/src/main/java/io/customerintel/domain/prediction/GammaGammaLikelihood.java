package io.customerintel.domain.prediction;

import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood over aggregated rows; per repeat buyer with x days of mean value m,
 *
 * <pre>  LL = lnG(px+q) - lnG(px) - lnG(q) + q ln(gamma) + (px-1) ln(m) + px ln(x) - (px+q) ln(gamma + m x)</pre>
 *
 * Terms of x alone are computed once per distinct x and the data-only sums once, so a row costs one log.
 */
final class GammaGammaLikelihood {
  private final double[] xs;
  private final double[] xWeight;
  private final double[] rowX;
  private final double[] rowTotal;
  private final double[] rowWeight;
  private final double customers;
  private final double sumLnM; // sum of w ln m
  private final double sumXLnM; // sum of w x ln m
  private final double sumXLnX; // sum of w x ln x

  GammaGammaLikelihood(SpendData data) {
    int[] x = data.xColumn();
    double[] mean = data.meanSpendColumn();
    rowWeight = data.weightColumn();
    rowX = new double[x.length];
    rowTotal = new double[x.length];
    double all = 0;
    double lnM = 0;
    double xLnM = 0;
    double xLnX = 0;
    for (int row = 0; row < x.length; row++) {
      rowX[row] = x[row];
      rowTotal[row] = mean[row] * x[row];
      double w = rowWeight[row];
      all += w;
      lnM += w * Math.log(mean[row]);
      xLnM += w * x[row] * Math.log(mean[row]);
      xLnX += w * x[row] * Math.log(x[row]);
    }
    customers = all;
    sumLnM = lnM;
    sumXLnM = xLnM;
    sumXLnX = xLnX;
    KeyIndex.Distinct distinct = KeyIndex.distinct(rowX);
    xs = distinct.values();
    xWeight = new double[xs.length];
    for (int row = 0; row < x.length; row++) {
      xWeight[distinct.ids()[row]] += rowWeight[row];
    }
  }

  double customers() {
    return customers;
  }

  /** The weighted log-likelihood at (p, q, gamma); if gradient is not null it receives the derivatives. */
  double evaluate(double p, double q, double gamma, double[] gradient) {
    boolean wantGradient = gradient != null;
    double lnGamma = Math.log(gamma);
    double lnGammaQ = Gamma.logGamma(q);
    double digammaQ = wantGradient ? Digamma.of(q) : 0;
    double ll = customers * (q * lnGamma - lnGammaQ) + p * (sumXLnM + sumXLnX) - sumLnM;
    double dp = sumXLnM + sumXLnX;
    double dq = customers * (lnGamma - digammaQ);
    double dGamma = customers * q / gamma;
    for (int i = 0; i < xs.length; i++) {
      double px = p * xs[i];
      ll += xWeight[i] * (Gamma.logGamma(px + q) - Gamma.logGamma(px));
      if (wantGradient) {
        double digammaSum = Digamma.of(px + q);
        dp += xWeight[i] * xs[i] * (digammaSum - Digamma.of(px));
        dq += xWeight[i] * digammaSum;
      }
    }
    for (int row = 0; row < rowWeight.length; row++) {
      double w = rowWeight[row];
      double lnTotal = Math.log(gamma + rowTotal[row]);
      double pxq = p * rowX[row] + q;
      ll -= w * pxq * lnTotal;
      if (wantGradient) {
        dp -= w * rowX[row] * lnTotal;
        dq -= w * lnTotal;
        dGamma -= w * pxq / (gamma + rowTotal[row]);
      }
    }
    if (wantGradient) {
      gradient[0] = dp;
      gradient[1] = dq;
      gradient[2] = dGamma;
    }
    return ll;
  }
}
