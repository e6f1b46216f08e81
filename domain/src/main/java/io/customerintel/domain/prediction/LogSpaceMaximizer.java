package io.customerintel.domain.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximum likelihood over parameters that are all positive: Hipparchus' BOBYQA searches theta = ln(parameter /
 * scale) in [-BOUND, BOUND], and the result is accepted only if it is a genuine interior maximum.
 *
 * <p>Log space makes positivity free and the steps relative; the scale (1, or the data's own time or money unit
 * for alpha and gamma) makes the bound mean the same whatever unit the data use. A parameter that ends within
 * {@link #MARGIN} of the bound (more than e^14, about 1.2 million, times its scale, or less than its inverse) has
 * run off: the likelihood keeps rising towards a degenerate model, and no number we could report is the maximum.
 */
final class LogSpaceMaximizer {
  static final double BOUND = 15;
  static final double MARGIN = 1;
  static final int MAX_EVALUATIONS = 5_000;
  /** Largest |d LL / d theta| per customer at an accepted optimum. */
  static final double GRADIENT_TOLERANCE = 1e-6;
  private static final double INITIAL_RADIUS = 0.5;
  private static final double STOPPING_RADIUS = 1e-10;

  /** A log-likelihood of natural parameters; fills the gradient by the natural parameters when it is not null. */
  interface LogLikelihood {
    double evaluate(double[] parameters, double[] gradient);
  }

  /** The accepted optimum. */
  record Optimum(double[] parameters, double logLikelihood, int evaluations) {
  }

  private LogSpaceMaximizer() {
  }

  /**
   * Maximizes f from parameters = scales (theta = 0) and checks the result; throws ModelDidNotConverge with what
   * went wrong otherwise.
   */
  static Optimum maximize(ModelKind kind, List<String> names, double[] scales, double customers, LogLikelihood f,
                          int maxEvaluations) {
    if (!(customers > 0)) {
      throw new ModelDidNotConverge(kind, "there are no customers to fit");
    }
    int n = scales.length;
    double[] lower = new double[n];
    double[] upper = new double[n];
    java.util.Arrays.fill(lower, -BOUND);
    java.util.Arrays.fill(upper, BOUND);
    BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, INITIAL_RADIUS, STOPPING_RADIUS);
    PointValuePair best;
    try {
      best = optimizer.optimize(new MaxEval(maxEvaluations), GoalType.MAXIMIZE, new InitialGuess(new double[n]),
          new SimpleBounds(lower, upper), new ObjectiveFunction(theta -> finiteOrWorst(
              f.evaluate(parameters(theta, scales), null))));
    } catch (MathRuntimeException e) {
      throw new ModelDidNotConverge(kind, optimizer.getEvaluations() >= maxEvaluations
          ? "the optimizer used all its " + maxEvaluations + " evaluations without settling"
          : "the optimizer failed: " + e.getMessage());
    }
    double[] theta = best.getPoint();
    double[] parameters = parameters(theta, scales);
    double[] gradient = new double[n];
    double logLikelihood = f.evaluate(parameters, gradient);
    if (!Double.isFinite(logLikelihood)) {
      throw new ModelDidNotConverge(kind, "the log-likelihood at the optimizer's result is " + logLikelihood);
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (Math.abs(theta[i]) > BOUND - MARGIN) {
        problems.add(String.format(Locale.ROOT, "parameter %s ran off to %.4g (ln(%s/%.4g) = %.2f, search bound +-%.0f)",
            names.get(i), parameters[i], names.get(i), scales[i], theta[i], BOUND));
      }
    }
    for (int i = 0; i < n && problems.isEmpty(); i++) {
      // d LL / d theta = parameter * d LL / d parameter
      double slope = gradient[i] * parameters[i];
      if (!(Math.abs(slope) <= GRADIENT_TOLERANCE * customers)) {
        problems.add(String.format(Locale.ROOT, "the log-likelihood still changes by %.3g per unit of ln(%s) at %s = %.6g"
            + " (at most %.1g per customer is accepted)", slope, names.get(i), names.get(i), parameters[i],
            GRADIENT_TOLERANCE));
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelDidNotConverge(kind, String.join("; ", problems));
    }
    return new Optimum(parameters, logLikelihood, optimizer.getEvaluations());
  }

  private static double[] parameters(double[] theta, double[] scales) {
    double[] parameters = new double[theta.length];
    for (int i = 0; i < theta.length; i++) {
      parameters[i] = scales[i] * Math.exp(theta[i]);
    }
    return parameters;
  }

  /** BOBYQA's quadratic models cannot take NaN or infinity; such a point is simply the worst seen. */
  private static double finiteOrWorst(double value) {
    return Double.isFinite(value) ? value : -Double.MAX_VALUE;
  }
}
