package io.customerintel.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class InputRulesTest {
  static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");

  static List<String> codes(Consumer<List<FieldProblem>> check) {
    List<FieldProblem> problems = new ArrayList<>();
    check.accept(problems);
    return problems.stream().map(FieldProblem::code).toList();
  }

  @Test
  void aKeyIsRequired() {
    assertEquals(List.of("REQUIRED"), codes(p -> InputRules.key("externalId", null, p)));
    assertEquals(List.of("REQUIRED"), codes(p -> InputRules.key("externalId", "", p)));
    assertEquals(List.of("REQUIRED"), codes(p -> InputRules.key("externalId", "  \t", p)));
  }

  @Test
  void aKeyHasAtMost255Characters() {
    assertEquals(List.of(), codes(p -> InputRules.key("externalId", "k".repeat(255), p)));
    assertEquals(List.of("TOO_LONG"), codes(p -> InputRules.key("externalId", "k".repeat(256), p)));
  }

  @Test
  void aKeyHasNoControlCharacters() {
    assertEquals(List.of("INVALID_FORMAT"), codes(p -> InputRules.key("externalId", "a\nb", p)));
    assertEquals(List.of("INVALID_FORMAT"), codes(p -> InputRules.key("externalId", "a\u0000", p)));
    assertEquals(List.of(), codes(p -> InputRules.key("externalId", "cust-42 Ünïcødé", p)));
  }

  @Test
  void problemsNameTheFieldTheyAreAbout() {
    List<FieldProblem> problems = new ArrayList<>();
    InputRules.key("customerExternalId", null, problems);
    assertEquals(List.of("customerExternalId"), problems.get(0).field());
  }

  @Test
  void textMayBeAbsentButNotLongerThanItsLimit() {
    assertEquals(List.of(), codes(p -> InputRules.text("comment", null, 10, p)));
    assertEquals(List.of(), codes(p -> InputRules.text("comment", "x".repeat(10), 10, p)));
    assertEquals(List.of("TOO_LONG"), codes(p -> InputRules.text("comment", "x".repeat(11), 10, p)));
  }

  @Test
  void theTextLimitsAreTheDocumentedOnes() {
    assertEquals(255, InputRules.MAX_KEY_LENGTH);
    assertEquals(500, InputRules.MAX_NAME_LENGTH);
    assertEquals(10_000, InputRules.MAX_TEXT_LENGTH);
    assertEquals(Duration.ofDays(1), InputRules.FUTURE_TOLERANCE);
  }

  @Test
  void pastTimesAndTimesUpToADayAheadAreAccepted() {
    assertEquals(List.of(), codes(p -> InputRules.notInFuture("occurredAt", NOW.minusSeconds(86_400 * 400L), NOW, p)));
    assertEquals(List.of(), codes(p -> InputRules.notInFuture("occurredAt", NOW.plusSeconds(3600 * 23), NOW, p)));
  }

  @Test
  void aTimeExactlyOneDayAheadIsAccepted() {
    assertEquals(List.of(), codes(p -> InputRules.notInFuture("occurredAt", NOW.plus(Duration.ofDays(1)), NOW, p)));
  }

  @Test
  void aTimeMoreThanADayAheadIsInTheFuture() {
    assertEquals(List.of("IN_FUTURE"),
        codes(p -> InputRules.notInFuture("occurredAt", NOW.plus(Duration.ofDays(1)).plusMillis(1), NOW, p)));
  }

  @Test
  void aTimeIsRequired() {
    assertEquals(List.of("REQUIRED"), codes(p -> InputRules.notInFuture("occurredAt", null, NOW, p)));
  }

  @Test
  void anAmountIsRequiredAndNotNegative() {
    assertEquals(List.of("REQUIRED"), codes(p -> InputRules.amount("amount", null, p)));
    assertEquals(List.of("INVALID_AMOUNT"), codes(p -> InputRules.amount("amount", new BigDecimal("-0.01"), p)));
    assertEquals(List.of(), codes(p -> InputRules.amount("amount", BigDecimal.ZERO, p)));
  }

  @Test
  void anAmountIsBelowOneTrillion() {
    assertEquals(List.of(), codes(p -> InputRules.amount("amount", new BigDecimal("999999999999.999999"), p)));
    assertEquals(List.of("INVALID_AMOUNT"), codes(p -> InputRules.amount("amount", new BigDecimal("1000000000000"), p)));
  }

  @Test
  void anAmountHasAtMostSixDecimalPlacesIgnoringTrailingZeros() {
    assertEquals(List.of(), codes(p -> InputRules.amount("amount", new BigDecimal("1.123456"), p)));
    assertEquals(List.of(), codes(p -> InputRules.amount("amount", new BigDecimal("1.12345600000"), p)));
    assertEquals(List.of("INVALID_AMOUNT"), codes(p -> InputRules.amount("amount", new BigDecimal("1.1234567"), p)));
  }

  @Test
  void aFieldProblemNeedsACodeAndAMessage() {
    assertThrows(NullPointerException.class, () -> FieldProblem.of("f", null, "m"));
    assertThrows(NullPointerException.class, () -> FieldProblem.of("f", "C", null));
    assertEquals(List.of("a", "b"), new FieldProblem(List.of("a", "b"), "C", "m").field());
  }
}
