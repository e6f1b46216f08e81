package io.customerintel.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMatrixTest {
  static final Instant AS_OF = Instant.parse("2026-06-15T12:00:00Z");

  @Test
  void cellsWithNoCustomersArePresentWithZeros() {
    SegmentCell topNew = new SegmentCell(ValueTier.TOP, TenureBand.FIRST_90_DAYS, 3, new BigDecimal("900"), 1, 1);
    SegmentMatrix matrix = SegmentMatrix.of(AS_OF, List.of(topNew));

    assertEquals(25, matrix.cells().size());
    assertEquals(topNew, matrix.cells().get(1));
    assertEquals(SegmentCell.empty(ValueTier.NONE, TenureBand.OVER_3_YEARS), matrix.cells().get(24));
    assertEquals(3, matrix.cells().stream().mapToLong(SegmentCell::customers).sum());
  }

  @Test
  void cellsComeTierByTierInEnumOrder() {
    List<String> order = new ArrayList<>();
    SegmentMatrix.of(AS_OF, List.of()).cells().forEach(c -> order.add(c.valueTier() + "/" + c.tenureBand()));
    assertEquals("TOP/NONE", order.get(0));
    assertEquals("TOP/OVER_3_YEARS", order.get(4));
    assertEquals("HIGH/NONE", order.get(5));
    assertEquals("NONE/OVER_3_YEARS", order.get(24));
  }

  @Test
  void aSegmentCountedTwiceIsRefused() {
    SegmentCell cell = new SegmentCell(ValueTier.LOW, TenureBand.NONE, 1, BigDecimal.ONE, 0, 0);
    assertThrows(IllegalArgumentException.class, () -> SegmentMatrix.of(AS_OF, List.of(cell, cell)));
  }

  @Test
  void aCellCannotHaveMoreCustomersAtRiskOrLostThanCustomers() {
    assertThrows(IllegalArgumentException.class,
        () -> new SegmentCell(ValueTier.LOW, TenureBand.NONE, 1, BigDecimal.ONE, 1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> new SegmentCell(ValueTier.LOW, TenureBand.NONE, 1, BigDecimal.ONE.negate(), 0, 0));
  }

  @Test
  void aMatrixMissingACellOrOutOfOrderIsRefused() {
    List<SegmentCell> cells = new ArrayList<>(SegmentMatrix.of(AS_OF, List.of()).cells());
    cells.remove(3);
    assertThrows(IllegalArgumentException.class, () -> new SegmentMatrix(AS_OF, cells));
    cells.add(3, cells.get(0));
    assertThrows(IllegalArgumentException.class, () -> new SegmentMatrix(AS_OF, cells));
  }
}
