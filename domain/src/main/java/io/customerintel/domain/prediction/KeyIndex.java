package io.customerintel.domain.prediction;

import java.util.Arrays;

/**
 * Dense ids for (int, long, long) keys in an open-addressing table of primitives: aggregating a million customers
 * must not allocate a million boxed keys.
 */
final class KeyIndex {
  private static final int EMPTY = -1;

  private int[] slots;
  private int[] ks;
  private long[] us;
  private long[] vs;
  private int size;

  KeyIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new int[capacity];
    Arrays.fill(slots, EMPTY);
    ks = new int[Math.max(8, expected)];
    us = new long[ks.length];
    vs = new long[ks.length];
  }

  int size() {
    return size;
  }

  /** The id of the key, a new one (= the previous size) if it was not there. */
  int intern(int k, long u, long v) {
    int mask = slots.length - 1;
    int slot = hash(k, u, v) & mask;
    while (true) {
      int id = slots[slot];
      if (id == EMPTY) {
        return add(slot, k, u, v);
      }
      if (ks[id] == k && us[id] == u && vs[id] == v) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int add(int slot, int k, long u, long v) {
    if (size == ks.length) {
      int capacity = ks.length * 2;
      ks = Arrays.copyOf(ks, capacity);
      us = Arrays.copyOf(us, capacity);
      vs = Arrays.copyOf(vs, capacity);
    }
    int id = size++;
    ks[id] = k;
    us[id] = u;
    vs[id] = v;
    slots[slot] = id;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    Arrays.fill(slots, EMPTY);
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hash(ks[id], us[id], vs[id]) & mask;
      while (slots[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id;
    }
  }

  private static int hash(int k, long u, long v) {
    long h = u * 0x9E3779B97F4A7C15L + v * 0xC2B2AE3D27D4EB4FL + k * 0x165667B19E3779F9L;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return (int) h;
  }

  /** Ids of each value (exact, by bits) and the distinct values in id order, for per-value precomputation. */
  static Distinct distinct(double[] values) {
    KeyIndex index = new KeyIndex(Math.min(values.length, 1 << 16));
    int[] ids = new int[values.length];
    double[] distinct = new double[Math.max(8, Math.min(values.length, 1 << 10))];
    for (int i = 0; i < values.length; i++) {
      int id = index.intern(0, Double.doubleToLongBits(values[i]), 0);
      if (id == distinct.length) {
        distinct = Arrays.copyOf(distinct, distinct.length * 2);
      }
      distinct[id] = values[i];
      ids[i] = id;
    }
    return new Distinct(Arrays.copyOf(distinct, index.size()), ids);
  }

  /** The distinct values of a column and, per row, the id of its value. */
  record Distinct(double[] values, int[] ids) {
  }
}
