package io.customerintel.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.domain.validation.FieldProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeRulesTest {

  static List<String> codes(Map<String, Object> attributes) {
    List<FieldProblem> problems = new ArrayList<>();
    AttributeRules.check(attributes, problems);
    problems.forEach(p -> assertEquals(List.of("attributes"), p.field()));
    return problems.stream().map(FieldProblem::code).toList();
  }

  /** A map nested to the given depth: depth 1 is {"k": "v"}. */
  static Map<String, Object> nested(int depth) {
    Map<String, Object> map = new HashMap<>(Map.of("k", "v"));
    for (int i = 1; i < depth; i++) {
      map = new HashMap<>(Map.of("k", map));
    }
    return map;
  }

  @Test
  void noAttributesAreFine() {
    assertEquals(List.of(), codes(null));
    assertEquals(List.of(), codes(Map.of()));
  }

  @Test
  void aHundredKeysAreAllowed() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (int i = 0; i < 100; i++) {
      attributes.put("k" + i, i);
    }
    assertEquals(List.of(), codes(attributes));
    attributes.put("one-more", 1);
    assertEquals(List.of("TOO_LONG"), codes(attributes));
  }

  @Test
  void attributesNestFiveLevelsDeepAtMost() {
    assertEquals(List.of(), codes(nested(5)));
    assertEquals(List.of("INVALID_FORMAT"), codes(nested(6)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void listsCountAsALevelOfNesting() {
    Map<String, Object> fourMapsThenAList = nested(4);
    ((Map<String, Object>) deepest(fourMapsThenAList, 3)).put("list", List.of("a"));
    assertEquals(List.of(), codes(fourMapsThenAList));
    Map<String, Object> tooDeep = nested(5);
    ((Map<String, Object>) deepest(tooDeep, 4)).put("list", List.of("a"));
    assertEquals(List.of("INVALID_FORMAT"), codes(tooDeep));
  }

  @SuppressWarnings("unchecked")
  static Object deepest(Map<String, Object> map, int steps) {
    Object current = map;
    for (int i = 0; i < steps; i++) {
      current = ((Map<String, Object>) current).get("k");
    }
    return current;
  }

  @Test
  void keysAndValuesMayHoldAtMost16384Characters() {
    // key "k" (1) + value: 16,383 characters of value make exactly 16,384.
    assertEquals(List.of(), codes(Map.of("k", "x".repeat(16_383))));
    assertEquals(List.of("TOO_LONG"), codes(Map.of("k", "x".repeat(16_384))));
  }

  @Test
  void nestedKeysListElementsAndNullsCountTowardsTheSize() {
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("key", null); // 3 + "null" = 7
    withNull.put("list", Arrays.asList("ab", "c")); // 4 + (2 + 1) + (1 + 1) = 9
    withNull.put("x", "y".repeat(16_384 - 7 - 9 - 1)); // exactly at the limit
    assertEquals(List.of(), codes(withNull));
    withNull.put("x", "y".repeat(16_384 - 7 - 9));
    assertEquals(List.of("TOO_LONG"), codes(withNull));
  }

  @Test
  void scalarValuesOfAnyTypeAreAccepted() {
    assertEquals(List.of(), codes(Map.of("plan", "gold", "seats", 12, "vip", true, "score", 4.5)));
  }

  @Test
  void theLimitsAreTheDocumentedOnes() {
    assertEquals(100, AttributeRules.MAX_KEYS);
    assertEquals(5, AttributeRules.MAX_DEPTH);
    assertEquals(16_384, AttributeRules.MAX_TOTAL_CHARACTERS);
  }
}
