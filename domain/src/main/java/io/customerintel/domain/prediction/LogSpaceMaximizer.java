package io.customerintel.domain.prediction;

import java.util.Arrays;
import java.util.List;
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
 * scale) in [-BOUND, BOUND], and the result is accepted only if {@link OptimumCheck} finds a genuine interior
 * maximum.
 *
 * <p>Log space makes positivity free and the steps relative; the scale (1, or the data's own time or money unit for
 * alpha and gamma) makes the bound mean the same whatever unit the data use. BOBYQA needs no derivatives and
 * respects the bounds; it can stop early on a long curved ridge, so a result that is not yet a genuine maximum (but
 * finite and away from the bound) is searched again from where it stopped, up to {@link #RUNS} runs in all.
 */
final class LogSpaceMaximizer {
  static final double BOUND = 15;
  static final int MAX_EVALUATIONS = 5_000;
  static final int RUNS = 3;
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
   * Maximizes f from parameters = scales (theta = 0); throws ModelDidNotConverge saying what went wrong if no
   * genuine interior maximum is found within maxEvaluations evaluations of f.
   */
  static Optimum maximize(ModelKind kind, List<String> names, double[] scales, double customers, LogLikelihood f,
                          int maxEvaluations) {
    if (!(customers > 0)) {
      throw new ModelDidNotConverge(kind, "there are no customers to fit");
    }
    OptimumCheck check = new OptimumCheck(kind, names, scales, customers, f);
    int n = scales.length;
    double[] theta = new double[n];
    int evaluations = 0;
    for (int run = 1; ; run++) {
      int budget = maxEvaluations - evaluations;
      if (budget <= 2 * n + 2) {
        throw new ModelDidNotConverge(kind, "the optimizer used all its " + maxEvaluations
            + " evaluations without settling");
      }
      BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, INITIAL_RADIUS, STOPPING_RADIUS);
      theta = run(kind, optimizer, theta, budget, f, scales, maxEvaluations);
      evaluations += optimizer.getEvaluations();
      OptimumCheck.Point point = check.at(theta);
      String problem = check.problem(point);
      if (problem == null) {
        return new Optimum(point.parameters(), point.logLikelihood(), evaluations);
      }
      if (run == RUNS || !check.worthSearchingOn(point)) {
        throw new ModelDidNotConverge(kind, problem);
      }
    }
  }

  private static double[] run(ModelKind kind, BOBYQAOptimizer optimizer, double[] start, int budget,
                              LogLikelihood f, double[] scales, int maxEvaluations) {
    double[] lower = new double[start.length];
    double[] upper = new double[start.length];
    Arrays.fill(lower, -BOUND);
    Arrays.fill(upper, BOUND);
    try {
      PointValuePair best = optimizer.optimize(new MaxEval(budget), GoalType.MAXIMIZE, new InitialGuess(start),
          new SimpleBounds(lower, upper),
          new ObjectiveFunction(theta -> finiteOrWorst(f.evaluate(parameters(theta, scales), null))));
      return best.getPoint();
    } catch (MathRuntimeException e) {
      throw new ModelDidNotConverge(kind, optimizer.getEvaluations() >= budget
          ? "the optimizer used all its " + maxEvaluations + " evaluations without settling"
          : "the optimizer failed: " + e.getMessage());
    }
  }

  static double[] parameters(double[] theta, double[] scales) {
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
