package io.customerintel.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.out.CustomerPosition;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.application.port.out.PageRequest.ItemPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CursorsTest {
  static final CustomerSort BY_ID = new CustomerSort(CustomerSort.Field.EXTERNAL_ID, false);

  static String base64(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static void assertInvalidCustomerCursor(String cursor, CustomerSort sort) {
    UseCaseException e = assertThrows(UseCaseException.class, () -> CustomerCursors.decode(cursor, sort), cursor);
    assertEquals(ErrorCodes.INVALID_CURSOR, e.code());
  }

  static void assertInvalidItemCursor(String cursor) {
    UseCaseException e = assertThrows(UseCaseException.class, () -> ItemCursors.decode(cursor), cursor);
    assertEquals(ErrorCodes.INVALID_CURSOR, e.code());
  }

  @Test
  void aCustomerCursorRoundTripsForEveryOrder() {
    for (CustomerSort.Field field : CustomerSort.Field.values()) {
      for (boolean descending : new boolean[] {false, true}) {
        CustomerSort sort = new CustomerSort(field, descending);
        for (String key : List.of("", "c-42", "12.500000", "2025-03-01T10:00:00Z", "with\u001fseparator:and:colons",
            "Ünïcødé 顧客")) {
          CustomerPosition position = new CustomerPosition(key, 9_007_199_254_740_993L);
          assertEquals(position, CustomerCursors.decode(CustomerCursors.encode(sort, position), sort));
        }
      }
    }
  }

  @Test
  void aCustomerCursorIsOpaqueUrlSafeText() {
    String cursor = CustomerCursors.encode(BY_ID, new CustomerPosition("a/b+c?d", 1));
    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
  }

  @Test
  void aCustomerCursorForAnotherOrderIsRefused() {
    String cursor = CustomerCursors.encode(BY_ID, new CustomerPosition("k", 1));
    assertInvalidCustomerCursor(cursor, new CustomerSort(CustomerSort.Field.EXTERNAL_ID, true));
    assertInvalidCustomerCursor(cursor, new CustomerSort(CustomerSort.Field.TENURE, false));
  }

  @Test
  void garbageCustomerCursorsAreRefused() {
    for (String garbage : List.of("", "x", "!!!", "====", base64("hello"),
        base64("c1\u001fEXTERNAL_ID\u001fASC\u001fnot-a-number\u001fk"),
        base64("c2\u001fEXTERNAL_ID\u001fASC\u001f1\u001fk"),
        base64("c1\u001fEXTERNAL_ID\u001fASC\u001f1"),
        ItemCursors.encode(Instant.EPOCH, 1))) {
      assertInvalidCustomerCursor(garbage, BY_ID);
    }
  }

  @Test
  void anItemCursorRoundTripsToTheNanosecond() {
    for (Instant at : List.of(Instant.EPOCH, Instant.parse("2025-03-01T10:15:30.123456789Z"),
        Instant.parse("1969-12-31T23:59:59.999999999Z"))) {
      assertEquals(new ItemPosition(at, 42), ItemCursors.decode(ItemCursors.encode(at, 42)));
    }
  }

  @Test
  void garbageItemCursorsAreRefused() {
    for (String garbage : List.of("", "x", "!!!", base64("i1:1:2"), base64("i2:1:2:3"), base64("i1:a:2:3"),
        base64("i1:1:2:3:4"), base64("i1:99999999999999999:0:1"),
        CustomerCursors.encode(BY_ID, new CustomerPosition("k", 1)))) {
      assertInvalidItemCursor(garbage);
    }
  }

  @Test
  void anItemCursorWhoseTimeOverflowsIsRefusedLikeAnyOtherGarbage() {
    assertInvalidItemCursor(base64("i1:" + Long.MAX_VALUE + ":2000000000:1"));
    assertInvalidItemCursor(base64("i1:" + Long.MIN_VALUE + ":-2000000000:1"));
  }

  /** Whatever a client sends, the answer is a position or INVALID_CURSOR, never another failure. */
  @Test
  void randomInputIsEitherACursorOrRefused() {
    Random random = new Random(31);
    String alphabet = "ic1:-0123456789_\u001fEXTERNAL_IDASCDESC";
    for (int n = 0; n < 5000; n++) {
      StringBuilder raw = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String cursor = random.nextBoolean() ? base64(raw.toString()) : raw.toString();
      try {
        ItemCursors.decode(cursor);
      } catch (UseCaseException e) {
        assertEquals(ErrorCodes.INVALID_CURSOR, e.code());
      }
      try {
        CustomerCursors.decode(cursor, BY_ID);
      } catch (UseCaseException e) {
        assertEquals(ErrorCodes.INVALID_CURSOR, e.code());
      }
    }
  }
}
