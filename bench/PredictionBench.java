import io.customerintel.domain.analytics.Interval;
import io.customerintel.domain.lifecycle.CustomerFacts;
import io.customerintel.domain.prediction.BgNbd;
import io.customerintel.domain.prediction.CustomerForecast;
import io.customerintel.domain.prediction.GammaGamma;
import io.customerintel.domain.prediction.PredictionModel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What predictions add to a page of 100 customers: the compute only (no I/O), as the forecast service and the
 * CustomerPrediction fields do it. Run: java -cp bootstrap/target/customer-intel.jar bench/PredictionBench.java
 */
public class PredictionBench {
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    PredictionModel model = new PredictionModel(new BgNbd(0.243, 4.414, 0.793, 2.426),
        new GammaGamma(6.25, 3.74, 15.44), Interval.WEEK);
    LocalDate today = LocalDate.of(2026, 6, 15);
    Random random = new Random(42);
    List<CustomerFacts> page = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      LocalDate first = today.minusDays(30 + random.nextInt(1000));
      int days = 1 + random.nextInt(12);
      LocalDate last = days == 1 ? first : first.plusDays(1 + random.nextInt((int) (today.toEpochDay() - first.toEpochDay())));
      page.add(new CustomerFacts(days, days, BigDecimal.valueOf(20L * days), first.atStartOfDay(ZoneOffset.UTC).toInstant(),
          last.atStartOfDay(ZoneOffset.UTC).toInstant(), first, last, null, null));
    }
    BigDecimal firstDay = BigDecimal.valueOf(20);
    report("page of 100: probabilityAlive, expectedPurchases(52), predictedValue(52)", runs, () -> {
      double sum = 0;
      for (CustomerFacts facts : page) {
        CustomerForecast f = model.forecast(facts, firstDay, today).orElseThrow();
        sum += f.probabilityAlive() + f.expectedPurchases(52) + f.predictedValue(52);
      }
      return sum;
    });
    report("page of 100: predictedValue(52, annualDiscountRate 0.1)", runs, () -> {
      double sum = 0;
      for (CustomerFacts facts : page) {
        sum += model.forecast(facts, firstDay, today).orElseThrow().predictedValue(52, 0.1);
      }
      return sum;
    });
  }

  interface Work {
    double run();
  }

  static void report(String what, int runs, Work work) {
    double sink = 0;
    for (int i = 0; i < runs; i++) {
      sink += work.run();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      sink += work.run();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf("%s: median %.3f ms, p99 %.3f ms (%d runs, checksum %.3f)%n", what, nanos[runs / 2] / 1e6,
        nanos[(int) (runs * 0.99)] / 1e6, runs, sink);
  }
}
