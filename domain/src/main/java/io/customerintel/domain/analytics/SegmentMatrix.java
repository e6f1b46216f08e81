package io.customerintel.domain.analytics;

import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every value tier by every tenure band (5 x 5 cells, tier-major in enum order), empty segments included, so a grid
 * always has the same shape; as judged at asOf.
 */
public record SegmentMatrix(Instant asOf, List<SegmentCell> cells) {
  public static final int CELLS = ValueTier.values().length * TenureBand.values().length;

  public SegmentMatrix {
    Objects.requireNonNull(asOf, "asOf");
    cells = List.copyOf(cells);
    if (cells.size() != CELLS) {
      throw new IllegalArgumentException("a segment matrix has " + CELLS + " cells, not " + cells.size());
    }
    int i = 0;
    for (ValueTier tier : ValueTier.values()) {
      for (TenureBand band : TenureBand.values()) {
        SegmentCell cell = cells.get(i++);
        if (cell.valueTier() != tier || cell.tenureBand() != band) {
          throw new IllegalArgumentException("cell " + (i - 1) + " must be " + tier + " x " + band);
        }
      }
    }
  }

  /** The matrix from the segments that have customers; the others are filled with zeros. */
  public static SegmentMatrix of(Instant asOf, Collection<SegmentCell> counted) {
    Map<List<Enum<?>>, SegmentCell> byKey = new LinkedHashMap<>();
    for (SegmentCell cell : counted) {
      if (byKey.put(List.of(cell.valueTier(), cell.tenureBand()), cell) != null) {
        throw new IllegalArgumentException("segment " + cell.valueTier() + " x " + cell.tenureBand() + " counted twice");
      }
    }
    List<SegmentCell> cells = new ArrayList<>(CELLS);
    for (ValueTier tier : ValueTier.values()) {
      for (TenureBand band : TenureBand.values()) {
        cells.add(byKey.getOrDefault(List.of(tier, band), SegmentCell.empty(tier, band)));
      }
    }
    return new SegmentMatrix(asOf, cells);
  }
}
