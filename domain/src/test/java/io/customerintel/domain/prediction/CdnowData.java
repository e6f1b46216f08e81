package io.customerintel.domain.prediction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The CDNOW sample of Fader, Hardie & Lee (2005), read from shared/datasets/cdnow beside the repository. */
final class CdnowData {
  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  private static final Path DIRECTORY = locate();

  private CdnowData() {
  }

  /** One line of cdnow_customers_summary.csv (weeks). */
  record SummaryRow(int id, int x, double tx, double T) {
  }

  /** A customer's calibration history from the raw purchases: purchase-day totals in date order. */
  record Customer(int id, List<LocalDate> days, List<Double> totals) {
    int x() {
      return days.size() - 1;
    }

    double txWeeks() {
      return ChronoUnit.DAYS.between(days.get(0), days.get(days.size() - 1)) / 7.0;
    }

    double ageWeeks() {
      return ChronoUnit.DAYS.between(days.get(0), CALIBRATION_END) / 7.0;
    }

    /** Mean value of the repeat purchase days (those after the first). */
    double meanRepeatSpend() {
      return totals.subList(1, totals.size()).stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
  }

  /** Walks up from the working directory to the first folder with a shared/datasets/cdnow below it. */
  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("datasets").resolve("cdnow");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared/datasets/cdnow above " + Path.of("").toAbsolutePath());
  }

  static List<SummaryRow> summary() {
    List<SummaryRow> rows = new ArrayList<>();
    for (String line : lines("cdnow_customers_summary.csv").subList(1, 2358)) {
      String[] f = line.split(",");
      rows.add(new SummaryRow(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
          Double.parseDouble(f[3])));
    }
    return rows;
  }

  static RepeatData summaryData() {
    RepeatData.Builder builder = RepeatData.builder();
    for (SummaryRow row : summary()) {
      builder.add(new RepeatHistory(row.x(), row.tx(), row.T()), 1);
    }
    return builder.build();
  }

  /** Every customer's purchase days up to the calibration end, by sample customer id, dollar values summed per day. */
  static Map<Integer, Customer> calibrationCustomers() {
    Map<Integer, TreeMap<LocalDate, Double>> byCustomer = new TreeMap<>();
    for (String line : lines("CDNOW_sample.txt")) {
      String[] f = line.trim().split("\\s+");
      LocalDate day = LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE);
      if (!day.isAfter(CALIBRATION_END)) {
        byCustomer.computeIfAbsent(Integer.parseInt(f[1]), id -> new TreeMap<>())
            .merge(day, Double.parseDouble(f[4]), Double::sum);
      }
    }
    Map<Integer, Customer> customers = new TreeMap<>();
    byCustomer.forEach((id, days) -> customers.put(id,
        new Customer(id, new ArrayList<>(days.keySet()), new ArrayList<>(days.values()))));
    return customers;
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(DIRECTORY.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
