package io.customerintel.domain.prediction;

import java.util.Arrays;

/** Columns of (int, double, double) rows with weights, identical rows (exact values) merged as they are added. */
final class WeightedRows {
  private final KeyIndex index = new KeyIndex(1024);
  private int[] ks = new int[1024];
  private double[] us = new double[1024];
  private double[] vs = new double[1024];
  private double[] weights = new double[1024];

  void add(int k, double u, double v, double weight) {
    if (!(weight > 0) || weight == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("a row's customers must be positive and finite, got " + weight);
    }
    // + 0.0 turns -0.0 into 0.0, so the two zeros are one key
    double uu = u + 0.0;
    double vv = v + 0.0;
    int id = index.intern(k, Double.doubleToLongBits(uu), Double.doubleToLongBits(vv));
    if (id == ks.length) {
      int capacity = ks.length * 2;
      ks = Arrays.copyOf(ks, capacity);
      us = Arrays.copyOf(us, capacity);
      vs = Arrays.copyOf(vs, capacity);
      weights = Arrays.copyOf(weights, capacity);
    }
    ks[id] = k;
    us[id] = uu;
    vs[id] = vv;
    weights[id] += weight;
  }

  int size() {
    return index.size();
  }

  int[] ks() {
    return Arrays.copyOf(ks, size());
  }

  double[] us() {
    return Arrays.copyOf(us, size());
  }

  double[] vs() {
    return Arrays.copyOf(vs, size());
  }

  double[] weights() {
    return Arrays.copyOf(weights, size());
  }
}
