package io.customerintel.application.service;

import io.customerintel.application.port.out.FitData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The CDNOW sample (../shared/datasets/cdnow) summarized as the fit data port delivers it, for service tests. */
final class CdnowFitData {
  private CdnowFitData() {}

  static Path sample() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      for (Path candidate : List.of(at.resolve("shared/datasets/cdnow/CDNOW_sample.txt"),
          at.resolveSibling("shared").resolve("datasets/cdnow/CDNOW_sample.txt"))) {
        if (Files.exists(candidate)) {
          return candidate;
        }
      }
    }
    throw new IllegalStateException("../shared/datasets/cdnow/CDNOW_sample.txt not found");
  }

  /** Purchase days with their totals per customer, as the purchase_day table holds them. */
  static Map<String, TreeMap<LocalDate, BigDecimal>> days() {
    Map<String, TreeMap<LocalDate, BigDecimal>> days = new HashMap<>();
    try {
      for (String line : Files.readAllLines(sample())) {
        String[] f = line.trim().split("\\s+");
        if (f.length >= 5) {
          days.computeIfAbsent(f[0], c -> new TreeMap<>())
              .merge(LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE), new BigDecimal(f[4]), BigDecimal::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return days;
  }

  /** Grouped like the Postgres adapter groups them (one row per distinct history, one per distinct spend). */
  static FitData of(LocalDate calibrationEnd, LocalDate holdoutEnd) {
    Map<List<Integer>, long[]> counts = new HashMap<>();
    Map<List<Object>, Long> spend = new HashMap<>();
    for (TreeMap<LocalDate, BigDecimal> customer : days().values()) {
      LocalDate first = customer.firstKey();
      if (first.isAfter(calibrationEnd)) {
        continue;
      }
      var calibration = customer.headMap(calibrationEnd, true);
      int x = calibration.size() - 1;
      int tx = (int) ChronoUnit.DAYS.between(first, calibration.lastKey());
      int t = (int) ChronoUnit.DAYS.between(first, calibrationEnd);
      long holdout = holdoutEnd == null ? 0 : customer.subMap(calibrationEnd, false, holdoutEnd, true).size();
      long[] row = counts.computeIfAbsent(List.of(x, tx, t), k -> new long[2]);
      row[0]++;
      row[1] += holdout;
      BigDecimal repeat = calibration.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .subtract(calibration.firstEntry().getValue());
      if (x > 0 && repeat.signum() > 0) {
        spend.merge(List.of(x, repeat.divide(BigDecimal.valueOf(x), MathContext.DECIMAL64).doubleValue()), 1L,
            Long::sum);
      }
    }
    List<FitData.CountRow> countRows = new ArrayList<>();
    counts.forEach((k, v) -> countRows.add(new FitData.CountRow(k.get(0), k.get(1), k.get(2), v[0], v[1])));
    List<FitData.SpendRow> spendRows = new ArrayList<>();
    spend.forEach((k, v) -> spendRows.add(new FitData.SpendRow((Integer) k.get(0), (Double) k.get(1), v)));
    return new FitData(countRows, spendRows);
  }
}
