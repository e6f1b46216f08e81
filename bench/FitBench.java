import io.customerintel.domain.prediction.BgNbd;
import io.customerintel.domain.prediction.Fit;
import io.customerintel.domain.prediction.GammaGamma;
import io.customerintel.domain.prediction.ModelFitter;
import io.customerintel.domain.prediction.ModelParameter;
import io.customerintel.domain.prediction.ModifiedBgNbd;
import io.customerintel.domain.prediction.RepeatData;
import io.customerintel.domain.prediction.RepeatHistory;
import io.customerintel.domain.prediction.SpendData;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How fast the customer-base models aggregate and fit a large customer base: generates customers from a BG/NBD
 * process with CDNOW's parameters (r = 0.243, alpha = 4.414, a = 0.793, b = 2.426 per week; ages spread evenly over
 * 0..364 days, times in days/7) and Gamma-Gamma spend (p = 6.25, q = 3.74, gamma = 15.44, in cents), aggregates them
 * and fits BG/NBD, MBG/NBD and Gamma-Gamma, each fit twice (the first includes JIT warm-up).
 *
 * <p>Usage (from the repository root, after {@code mvn -o -B -q -pl domain compile}): {@code bench/run.sh fit
 * [customers=1000000] [seed=42]}, or by hand {@code java -Xmx2g -cp domain/target/classes:<Hipparchus jars>
 * bench/FitBench.java [customers] [seed]}. No database, no server.
 */
public class FitBench {
  static final double R = 0.243;
  static final double ALPHA = 4.414;
  static final double A = 0.793;
  static final double B = 2.426;
  static final double P = 6.25;
  static final double Q = 3.74;
  static final double GAMMA = 15.44;

  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    SplittableRandom random = new SplittableRandom(seed);
    int[] x = new int[customers];
    int[] recencyDays = new int[customers];
    int[] ageDays = new int[customers];
    double[] meanSpend = new double[customers];
    long start = System.nanoTime();
    for (int i = 0; i < customers; i++) {
      simulate(random, i, x, recencyDays, ageDays, meanSpend);
    }
    report("generate " + customers + " customers", start);

    start = System.nanoTime();
    RepeatData.Builder counts = RepeatData.builder();
    for (int i = 0; i < customers; i++) {
      counts.add(new RepeatHistory(x[i], recencyDays[i] / 7.0, ageDays[i] / 7.0), 1);
    }
    RepeatData repeatData = counts.build();
    report("aggregate histories: " + repeatData.rows() + " distinct rows, " + (long) repeatData.repeatCustomers()
        + " repeat buyers", start);
    start = System.nanoTime();
    SpendData.Builder spend = SpendData.builder();
    for (int i = 0; i < customers; i++) {
      if (x[i] > 0) {
        spend.add(x[i], meanSpend[i], 1);
      }
    }
    SpendData spendData = spend.build();
    report("aggregate spend: " + spendData.rows() + " distinct rows", start);

    for (int run = 1; run <= 2; run++) {
      fit("BG/NBD  run " + run, () -> ModelFitter.fitBgNbd(repeatData), BgNbd::parameters);
      fit("MBG/NBD run " + run, () -> ModelFitter.fitModifiedBgNbd(repeatData), ModifiedBgNbd::parameters);
      fit("Gamma-Gamma run " + run, () -> ModelFitter.fitGammaGamma(spendData), GammaGamma::parameters);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "peak heap (sum of the heap pools' peaks): %.0f MB; max heap %.0f MB%n",
        peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
  }

  /** One BG/NBD customer over T: Poisson purchases at rate lambda, a dropout coin p after each repeat purchase. */
  static void simulate(SplittableRandom random, int i, int[] x, int[] recencyDays, int[] ageDays, double[] mean) {
    int age = random.nextInt(365);
    double T = age / 7.0;
    double lambda = gamma(random, R) / ALPHA;
    double g = gamma(random, A);
    double p = g / (g + gamma(random, B));
    double t = 0;
    double last = 0;
    int purchases = 0;
    while (true) {
      t += -Math.log(1 - random.nextDouble()) / lambda;
      if (t > T) {
        break;
      }
      purchases++;
      last = t;
      if (random.nextDouble() < p) {
        break;
      }
    }
    x[i] = purchases;
    ageDays[i] = age;
    recencyDays[i] = purchases == 0 ? 0 : Math.max(1, Math.min(age, (int) Math.ceil(last * 7)));
    if (purchases > 0) {
      // mean of x spends ~ Gamma(p, nu), nu ~ Gamma(q, gamma): the sum is Gamma(p x, nu); kept to the cent
      double nu = gamma(random, Q) / GAMMA;
      mean[i] = Math.max(0.01, Math.round(gamma(random, P * purchases) / nu / purchases * 100) / 100.0);
    }
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang (2000), boosted for shape < 1. */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(1 - random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double z;
      double v;
      do {
        z = normal(random);
        v = 1 + c * z;
      } while (v <= 0);
      v = v * v * v;
      double u = 1 - random.nextDouble();
      if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  static double normal(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  static <M> void fit(String name, Supplier<Fit<M>> fit, Function<M, List<ModelParameter>> parameters) {
    long start = System.nanoTime();
    Fit<M> result = fit.get();
    StringBuilder line = new StringBuilder(name).append(':');
    for (ModelParameter parameter : parameters.apply(result.model())) {
      line.append(String.format(Locale.ROOT, " %s=%.4f", parameter.name(), parameter.value()));
    }
    line.append(String.format(Locale.ROOT, " LL=%.1f, %d evaluations", result.logLikelihood(), result.evaluations()));
    report(line.toString(), start);
  }

  static void report(String what, long start) {
    System.out.printf(Locale.ROOT, "%-100s %8.0f ms%n", what, (System.nanoTime() - start) / 1e6);
  }
}
