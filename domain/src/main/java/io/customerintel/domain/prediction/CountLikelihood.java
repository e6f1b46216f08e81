package io.customerintel.domain.prediction;

import org.hipparchus.special.Gamma;

/**
 * The log-likelihood shared by BG/NBD and MBG/NBD, evaluated over aggregated rows. Per customer both read
 *
 * <pre>  LL = lnG(r+x) - lnG(r) + r ln(alpha) + head(x) - (r+x) ln(alpha+T)
 *        + softplus(tail(x) + (r+x) ln((alpha+T)/(alpha+t_x)))</pre>
 *
 * (softplus(d) = ln(1 + e^d), the log-sum-exp of the two ways the data can arise); the models differ only in
 * head(x) and tail(x), which depend on a, b and x alone. Everything that depends on x only, on T only or on t_x
 * only is computed once per distinct value per evaluation, so the loop over rows does one exp and one log1p.
 */
abstract class CountLikelihood {
  // per distinct x
  private final double[] xs;
  private final double[] xWeight;
  // per distinct T: its customers and their repeat purchase days
  private final double[] ages;
  private final double[] ageWeight;
  private final double[] ageDays;
  // per distinct t_x of the rows that have a tail
  private final double[] recencies;
  // the rows that have a tail
  private final int[] rowX;
  private final int[] rowAge;
  private final int[] rowRecency;
  private final double[] rowWeight;
  private final double customers;

  CountLikelihood(RepeatData data) {
    int[] x = data.xColumn();
    double[] weight = data.weightColumn();
    double[] xAsDouble = new double[x.length];
    for (int row = 0; row < x.length; row++) {
      xAsDouble[row] = x[row];
    }
    KeyIndex.Distinct distinctX = KeyIndex.distinct(xAsDouble);
    KeyIndex.Distinct distinctAge = KeyIndex.distinct(data.ageColumn());
    xs = distinctX.values();
    ages = distinctAge.values();
    xWeight = new double[xs.length];
    ageWeight = new double[ages.length];
    ageDays = new double[ages.length];
    int tailRows = 0;
    double all = 0;
    for (int row = 0; row < x.length; row++) {
      xWeight[distinctX.ids()[row]] += weight[row];
      ageWeight[distinctAge.ids()[row]] += weight[row];
      ageDays[distinctAge.ids()[row]] += weight[row] * x[row];
      all += weight[row];
      if (hasTail(x[row])) {
        tailRows++;
      }
    }
    customers = all;
    rowX = new int[tailRows];
    rowAge = new int[tailRows];
    rowWeight = new double[tailRows];
    double[] tailRecency = new double[tailRows];
    for (int row = 0, k = 0; row < x.length; row++) {
      if (hasTail(x[row])) {
        rowX[k] = distinctX.ids()[row];
        rowAge[k] = distinctAge.ids()[row];
        rowWeight[k] = weight[row];
        tailRecency[k++] = data.txColumn()[row];
      }
    }
    KeyIndex.Distinct distinctRecency = KeyIndex.distinct(tailRecency);
    recencies = distinctRecency.values();
    rowRecency = distinctRecency.ids();
  }

  double customers() {
    return customers;
  }

  /** Whether customers with x repeat days have the second (dropped-out-after-the-last-purchase) term. */
  abstract boolean hasTail(int x);

  /**
   * Fills out[0..2] with head(x) and its derivatives by a and b, out[3..5] with tail(x) and its derivatives (only
   * asked for when {@link #hasTail} holds).
   */
  abstract void terms(double a, double b, double x, double[] out);

  /**
   * The weighted log-likelihood at (r, alpha, a, b); if gradient is not null it receives the derivatives by
   * r, alpha, a and b.
   */
  double evaluate(double r, double alpha, double a, double b, double[] gradient) {
    boolean wantGradient = gradient != null;
    double lnAlpha = Math.log(alpha);
    double[] lnAge = new double[ages.length];
    double[] invAge = new double[ages.length];
    double ll = 0;
    double dr = 0;
    double dAlpha = customers * r / alpha;
    for (int j = 0; j < ages.length; j++) {
      lnAge[j] = Math.log(alpha + ages[j]);
      invAge[j] = 1 / (alpha + ages[j]);
      ll -= (r * ageWeight[j] + ageDays[j]) * lnAge[j];
      dr -= ageWeight[j] * lnAge[j];
      dAlpha -= (r * ageWeight[j] + ageDays[j]) * invAge[j];
    }
    double[] lnRecency = new double[recencies.length];
    double[] invRecency = new double[recencies.length];
    for (int k = 0; k < recencies.length; k++) {
      lnRecency[k] = Math.log(alpha + recencies[k]);
      invRecency[k] = 1 / (alpha + recencies[k]);
    }
    double[] tail = new double[xs.length];
    double[] tailA = new double[xs.length];
    double[] tailB = new double[xs.length];
    double da = 0;
    double db = 0;
    double lnGammaR = Gamma.logGamma(r);
    double digammaR = wantGradient ? Digamma.of(r) : 0;
    double[] t = new double[6];
    for (int i = 0; i < xs.length; i++) {
      terms(a, b, xs[i], t);
      double w = xWeight[i];
      ll += w * (Gamma.logGamma(r + xs[i]) - lnGammaR + r * lnAlpha + t[0]);
      if (wantGradient) {
        dr += w * (Digamma.of(r + xs[i]) - digammaR + lnAlpha);
        da += w * t[1];
        db += w * t[2];
      }
      tail[i] = t[3];
      tailA[i] = t[4];
      tailB[i] = t[5];
    }
    double[] aliveShare = wantGradient ? new double[xs.length] : null;
    double softplus = 0;
    double compensation = 0;
    for (int row = 0; row < rowWeight.length; row++) {
      int i = rowX[row];
      int j = rowAge[row];
      int k = rowRecency[row];
      double rx = r + xs[i];
      double gap = lnAge[j] - lnRecency[k];
      double d = tail[i] + rx * gap;
      double e = Math.exp(-Math.abs(d));
      // compensated (Kahan) sum: with 10^5 rows plain rounding noise would limit how finely BOBYQA can resolve
      double term = rowWeight[row] * (Math.max(d, 0) + Math.log1p(e)) - compensation;
      double next = softplus + term;
      compensation = (next - softplus) - term;
      softplus = next;
      if (wantGradient) {
        // the share of the tail term, sigmoid(d)
        double ws = rowWeight[row] * (d >= 0 ? 1 / (1 + e) : e / (1 + e));
        aliveShare[i] += ws;
        dr += ws * gap;
        dAlpha += ws * rx * (invAge[j] - invRecency[k]);
      }
    }
    ll += softplus;
    if (wantGradient) {
      for (int i = 0; i < xs.length; i++) {
        da += aliveShare[i] * tailA[i];
        db += aliveShare[i] * tailB[i];
      }
      gradient[0] = dr;
      gradient[1] = dAlpha;
      gradient[2] = da;
      gradient[3] = db;
    }
    return ll;
  }
}
