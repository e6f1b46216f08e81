package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.NOW;
import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.refusal;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.UpsertCustomersUseCase.Command;
import io.customerintel.application.port.in.UpsertCustomersUseCase.Item;
import io.customerintel.application.port.in.UpsertCustomersUseCase.Result;
import io.customerintel.application.port.in.UserError;
import io.customerintel.application.port.out.CustomerUpsert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustomerIngestionServiceTest {
  Fakes fakes;
  CustomerIngestionService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    service = new CustomerIngestionService(fakes.customers, Fakes.CLOCK, fakes.changes);
  }

  Result upsert(Item... items) {
    return await(service.upsertCustomers(new Command(tenant(), Arrays.asList(items))));
  }

  static Item named(String externalId) {
    return new Item(externalId, "Name " + externalId, Map.of("plan", "gold"), null);
  }

  @Test
  void validCustomersAreUpserted() {
    assertEquals(new Result(2, List.of()), upsert(named("c1"), named("c2")));
    assertEquals(2, fakes.store.customerCount(TENANT_ID));
  }

  @Test
  void theWriteCarriesNullFieldsThroughSoTheStoreKeepsWhatItHas() {
    Map<String, Object> attributes = new HashMap<>();
    attributes.put("plan", "gold");
    attributes.put("obsolete", null);
    upsert(new Item("c1", null, attributes, null));
    CustomerUpsert write = fakes.customers.upserts.get(0).get(0);
    assertNull(write.name());
    assertNull(write.firstSeenAt());
    assertEquals(attributes, write.attributes(), "a null attribute value reaches the store, which removes the key");
    assertEquals(NOW, write.defaultFirstSeenAt(), "a new customer is first seen now unless told otherwise");
  }

  @Test
  void aBatchOf1001CustomersIsRefusedWholeAndNothingIsStored() {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      items.add(named("c" + i));
    }
    UseCaseException e = refusal(() -> service.upsertCustomers(new Command(tenant(), items)));
    assertEquals(ErrorCodes.BATCH_TOO_LARGE, e.code());
    assertEquals(0, fakes.store.customerCount(TENANT_ID));
    assertTrue(fakes.customers.upserts.isEmpty());
  }

  static Map<String, Object> manyKeys(int n) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < n; i++) {
      map.put("k" + i, i);
    }
    return map;
  }

  static Stream<Arguments> badItems() {
    Map<String, Object> deep = Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e", Map.of("f", 1))))));
    return Stream.of(
        Arguments.of(new Item(null, "n", null, null), "externalId", "REQUIRED"),
        Arguments.of(new Item("", "n", null, null), "externalId", "REQUIRED"),
        Arguments.of(new Item("x".repeat(256), "n", null, null), "externalId", "TOO_LONG"),
        Arguments.of(new Item("c\n", "n", null, null), "externalId", "INVALID_FORMAT"),
        Arguments.of(new Item("c9", "n".repeat(501), null, null), "name", "TOO_LONG"),
        Arguments.of(new Item("c9", null, manyKeys(101), null), "attributes", "TOO_LONG"),
        Arguments.of(new Item("c9", null, Map.of("k", "v".repeat(16_384)), null), "attributes", "TOO_LONG"),
        Arguments.of(new Item("c9", null, deep, null), "attributes", "INVALID_FORMAT"),
        Arguments.of(new Item("c9", null, null, NOW.plus(Duration.ofDays(2))), "firstSeenAt", "IN_FUTURE"),
        Arguments.of(new Item("c0", null, null, null), "externalId", "DUPLICATE_IN_BATCH"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("badItems")
  void aBadItemIsReportedWithItsIndexFieldAndCodeWhileTheOthersAreStored(Item bad, String field, String code) {
    Result result = upsert(named("c0"), named("c1"), bad, named("c3"));
    assertEquals(List.of(new UserError(2, List.of(field), result.userErrors().get(0).message(), code)),
        result.userErrors());
    assertEquals(3, result.upserted());
    assertEquals(3, fakes.store.customerCount(TENANT_ID));
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    Result result = upsert(new Item("x".repeat(255), "n".repeat(500), manyKeys(100), NOW.plus(Duration.ofDays(1))));
    assertEquals(new Result(1, List.of()), result);
  }

  @Test
  void aCustomerWithoutAnExternalIdIsReportedNotFailingTheBatch() {
    Result result = upsert(new Item(null, "Ann", null, null), named("c1"));
    assertEquals(List.of("REQUIRED"), result.userErrors().stream().map(UserError::code).toList());
    assertEquals(1, result.upserted());
  }

  @Test
  void theFirstOccurrenceOfADuplicateIsStoredAndTheLaterOnesReported() {
    Result result = upsert(named("c1"), named("c1"), named("c2"), named("c1"));
    assertEquals(List.of(1, 3), result.userErrors().stream().map(UserError::index).toList());
    assertTrue(result.userErrors().stream().allMatch(e -> e.code().equals("DUPLICATE_IN_BATCH")));
    assertEquals(2, result.upserted());
  }

  @Test
  void anInvalidItemDoesNotClaimItsExternalIdForDuplicateDetection() {
    Result result = upsert(new Item("c1", "n".repeat(501), null, null), named("c1"));
    assertEquals(List.of("TOO_LONG"), result.userErrors().stream().map(UserError::code).toList());
    assertEquals(1, result.upserted());
  }

  @Test
  void aPastFirstSeenAtIsKeptAsGiven() {
    Instant past = Instant.parse("2019-05-05T00:00:00Z");
    upsert(new Item("c1", null, null, past));
    assertEquals(past, fakes.store.customer(TENANT_ID, "c1").orElseThrow().firstSeenAt());
  }

  @Test
  void aBatchWithNothingValidWritesNothing() {
    Result result = upsert(new Item(null, null, null, null));
    assertEquals(0, result.upserted());
    assertTrue(fakes.customers.upserts.isEmpty());
  }
}
