package io.customerintel.adapters.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserErrorCodesTest {

  @Test
  void theCodesOfEveryPayloadsUserErrorsAreRead() {
    Object data = Map.of(
        "recordPurchases", Map.of("recorded", 1, "userErrors", List.of(Map.of("code", "UNKNOWN_CUSTOMER"),
            Map.of("code", "INVALID_AMOUNT", "index", 3))),
        "upsertCustomers", Map.of("upserted", 2, "userErrors", List.of()));
    assertEquals(List.of("UNKNOWN_CUSTOMER", "INVALID_AMOUNT"), UserErrorCodes.of(data));
  }

  @Test
  void resultsWithoutUserErrorsOrWithoutTheirCodesGiveNone() {
    assertEquals(List.of(), UserErrorCodes.of(null));
    assertEquals(List.of(), UserErrorCodes.of(Map.of("customers", Map.of("edges", List.of()))));
    assertEquals(List.of(), UserErrorCodes.of(Map.of("recordPurchases", Map.of("userErrors",
        List.of(Map.of("message", "no code selected"))))));
    assertEquals(List.of(), UserErrorCodes.of(Map.of("defectionReasons", List.of(Map.of("code", "MOVED")))),
        "a list of objects with codes is data, not user errors");
  }
}
