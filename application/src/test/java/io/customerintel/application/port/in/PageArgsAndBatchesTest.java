package io.customerintel.application.port.in;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.customerintel.application.Batches;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageArgsAndBatchesTest {

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
  void aPageSizeOutside1To100IsBadUserInput(int first) {
    UseCaseException e = assertThrows(UseCaseException.class, () -> PageArgs.of(first, null));
    assertEquals(ErrorCodes.BAD_USER_INPUT, e.code());
    assertEquals(Map.of("argument", "first", "max", 100), e.details());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 20, 100})
  void aPageSizeFrom1To100IsAccepted(int first) {
    assertEquals(first, PageArgs.of(first, null).first());
  }

  @Test
  void thePageSizeDefaultsTo20AndTheCursorToNone() {
    assertEquals(new PageArgs(20, Optional.empty()), PageArgs.of(null, null));
    assertEquals(Optional.empty(), new PageArgs(5, null).after());
    assertEquals(Optional.of("abc"), PageArgs.of(5, "abc").after());
  }

  @Test
  void aBatchHoldsUpTo1000Items() {
    List<Integer> items = new ArrayList<>(Collections.nCopies(1000, 1));
    assertEquals(1000, Batches.checked(items).size());
    assertEquals(List.of(), Batches.checked(List.of()));
  }

  @Test
  void aLargerBatchIsRefusedWithItsSize() {
    UseCaseException e = assertThrows(UseCaseException.class, () -> Batches.checked(Collections.nCopies(1001, 1)));
    assertEquals(ErrorCodes.BATCH_TOO_LARGE, e.code());
    assertEquals(Map.of("maxItems", 1000, "items", 1001), e.details());
  }

  @Test
  void aMissingBatchOrItemIsBadUserInput() {
    assertEquals(ErrorCodes.BAD_USER_INPUT, assertThrows(UseCaseException.class, () -> Batches.checked(null)).code());
    assertEquals(ErrorCodes.BAD_USER_INPUT,
        assertThrows(UseCaseException.class, () -> Batches.checked(Arrays.asList(1, null))).code());
  }

  @Test
  void aCheckedBatchIsACopyTheCallerCannotChangeAfterwards() {
    List<Integer> items = new ArrayList<>(List.of(1, 2));
    List<Integer> checked = Batches.checked(items);
    items.add(3);
    assertEquals(List.of(1, 2), checked);
    assertThrows(UnsupportedOperationException.class, () -> checked.add(4));
  }

  @Test
  void aUserErrorHasAFieldPathEvenWhenNoneIsGiven() {
    assertEquals(List.of(), new UserError(null, null, "m", "C").field());
    assertThrows(NullPointerException.class, () -> new UserError(0, List.of(), null, "C"));
    assertThrows(NullPointerException.class, () -> new UserError(0, List.of(), "m", null));
  }
}
