package io.customerintel.domain.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Whether an optimizer's result is a maximum worth reporting, in log-parameters theta:
 * <ol>
 *   <li>the log-likelihood is finite;</li>
 *   <li>interior: no theta within {@link #MARGIN} of the search bound, and no parameter that could be moved to its
 *   bound at a cost of less than {@link #ESCAPE_TOLERANCE} per customer (there the likelihood is still rising, or
 *   level, towards a degenerate model);</li>
 *   <li>curved downwards in every direction: the Hessian's eigenvalues below -{@link #CURVATURE_TOLERANCE} per
 *   customer (a flat or saddle direction means the data do not determine the parameters);</li>
 *   <li>stationary: |d LL / d theta| at most {@link #GRADIENT_TOLERANCE} per customer, and the Newton step
 *   H^-1 grad, the estimated distance to the exact maximum, at most {@link #STEP_TOLERANCE} in every theta
 *   (parameters within 0.01%).</li>
 * </ol>
 * The Hessian comes from central differences of the analytic gradient.
 */
final class OptimumCheck {
  static final double MARGIN = 1;
  static final double ESCAPE_TOLERANCE = 1e-6;
  static final double CURVATURE_TOLERANCE = 1e-6;
  static final double GRADIENT_TOLERANCE = 1e-5;
  static final double STEP_TOLERANCE = 1e-4;
  private static final double HESSIAN_STEP = 1e-4;

  private final ModelKind kind;
  private final List<String> names;
  private final double[] scales;
  private final double customers;
  private final LogSpaceMaximizer.LogLikelihood f;

  /** Log-parameters with the likelihood there and its gradient by the log-parameters. */
  record Point(double[] theta, double[] parameters, double logLikelihood, double[] slope) {
  }

  OptimumCheck(ModelKind kind, List<String> names, double[] scales, double customers,
               LogSpaceMaximizer.LogLikelihood f) {
    this.kind = kind;
    this.names = names;
    this.scales = scales;
    this.customers = customers;
    this.f = f;
  }

  Point at(double[] theta) {
    double[] parameters = LogSpaceMaximizer.parameters(theta, scales);
    double[] gradient = new double[theta.length];
    double logLikelihood = f.evaluate(parameters, gradient);
    double[] slope = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      slope[i] = gradient[i] * parameters[i]; // d LL / d theta = parameter * d LL / d parameter
    }
    return new Point(theta, parameters, logLikelihood, slope);
  }

  /** Whether searching on from this point can help: it is finite and away from the bound. */
  boolean worthSearchingOn(Point point) {
    return Double.isFinite(point.logLikelihood()) && nearBound(point).isEmpty();
  }

  /** The first reason the point is not a genuine maximum, or null if it is one. */
  String problem(Point point) {
    if (!Double.isFinite(point.logLikelihood())) {
      return "the log-likelihood at the optimizer's result is " + point.logLikelihood();
    }
    List<String> ranOff = nearBound(point);
    if (ranOff.isEmpty()) {
      ranOff = escapes(point);
    }
    if (!ranOff.isEmpty()) {
      return String.join("; ", ranOff);
    }
    EigenDecompositionSymmetric hessian = hessian(point);
    double[] curvatures = hessian.getEigenvalues();
    for (int k = 0; k < curvatures.length; k++) {
      if (!(curvatures[k] < -CURVATURE_TOLERANCE * customers)) {
        return String.format(Locale.ROOT, "the log-likelihood is flat or not a maximum along a direction mostly of"
            + " %s (curvature %.3g per customer): the data do not determine the parameters",
            mainParameters(hessian.getEigenvector(k).toArray()), curvatures[k] / customers);
      }
    }
    double[] step = newtonStep(hessian, point.slope());
    for (int i = 0; i < names.size(); i++) {
      double slope = point.slope()[i];
      if (!(Math.abs(slope) <= GRADIENT_TOLERANCE * customers) || !(Math.abs(step[i]) <= STEP_TOLERANCE)) {
        return String.format(Locale.ROOT, "the optimizer stopped short of the maximum: ln(%s) is still about %.2g"
            + " from it (%s = %.6g, the log-likelihood changes by %.3g per unit of ln(%s))", names.get(i), step[i],
            names.get(i), point.parameters()[i], slope, names.get(i));
      }
    }
    return null;
  }

  private List<String> nearBound(Point point) {
    List<String> ranOff = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (Math.abs(point.theta()[i]) > LogSpaceMaximizer.BOUND - MARGIN) {
        ranOff.add(String.format(Locale.ROOT, "parameter %s ran off to %.4g (ln(%s/%.4g) = %.2f, search bound"
            + " +-%.0f)", names.get(i), point.parameters()[i], names.get(i), scales[i], point.theta()[i],
            LogSpaceMaximizer.BOUND));
      }
    }
    return ranOff;
  }

  /** Parameters that can go all the way to a bound, the others held, without lowering the likelihood. */
  private List<String> escapes(Point point) {
    List<String> ranOff = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      double[] low = LogSpaceMaximizer.parameters(moved(point, i, -LogSpaceMaximizer.BOUND), scales);
      double[] high = LogSpaceMaximizer.parameters(moved(point, i, LogSpaceMaximizer.BOUND), scales);
      double atLow = f.evaluate(low, null);
      double atHigh = f.evaluate(high, null);
      double floor = point.logLikelihood() - ESCAPE_TOLERANCE * customers;
      if (atLow >= floor && atHigh >= floor) {
        ranOff.add(String.format(Locale.ROOT, "parameter %s is not determined: the log-likelihood is level from %s ="
            + " %.4g to %.4g", name, name, low[i], high[i]));
      } else if (atLow >= floor || atHigh >= floor) {
        double[] bound = atLow >= floor ? low : high;
        ranOff.add(String.format(Locale.ROOT, "parameter %s ran off: from %s = %.4g to the search bound %s = %.4g the"
            + " log-likelihood does not fall (%.6f to %.6f)", name, name, point.parameters()[i], name, bound[i],
            point.logLikelihood(), Math.max(atLow, atHigh)));
      }
    }
    return ranOff;
  }

  private static double[] moved(Point point, int i, double theta) {
    double[] moved = point.theta().clone();
    moved[i] = theta;
    return moved;
  }

  private EigenDecompositionSymmetric hessian(Point point) {
    int n = names.size();
    double[][] hessian = new double[n][n];
    for (int j = 0; j < n; j++) {
      double[] up = point.theta().clone();
      double[] down = point.theta().clone();
      up[j] += HESSIAN_STEP;
      down[j] -= HESSIAN_STEP;
      double[] slopeUp = at(up).slope();
      double[] slopeDown = at(down).slope();
      for (int i = 0; i < n; i++) {
        hessian[i][j] = (slopeUp[i] - slopeDown[i]) / (2 * HESSIAN_STEP);
      }
    }
    RealMatrix h = MatrixUtils.createRealMatrix(hessian);
    return new EigenDecompositionSymmetric(h.add(h.transpose()).scalarMultiply(0.5));
  }

  /** -H^-1 grad from the eigen-decomposition of the (negative definite) Hessian. */
  private static double[] newtonStep(EigenDecompositionSymmetric hessian, double[] slope) {
    RealVector gradient = MatrixUtils.createRealVector(slope);
    RealVector step = MatrixUtils.createRealVector(new double[slope.length]);
    for (int k = 0; k < slope.length; k++) {
      RealVector direction = hessian.getEigenvector(k);
      step = step.add(direction.mapMultiply(-direction.dotProduct(gradient) / hessian.getEigenvalues()[k]));
    }
    return step.toArray();
  }

  /** The parameters that make up most of a direction in log space. */
  private String mainParameters(double[] direction) {
    List<String> main = new ArrayList<>();
    for (int i = 0; i < direction.length; i++) {
      if (direction[i] * direction[i] >= 0.2) {
        main.add(names.get(i));
      }
    }
    return String.join(" and ", main);
  }
}
