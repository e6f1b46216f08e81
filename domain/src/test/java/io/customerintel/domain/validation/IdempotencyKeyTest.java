package io.customerintel.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

  private static List<FieldProblem> problemsOf(String raw) {
    List<FieldProblem> problems = new ArrayList<>();
    IdempotencyKey.parse("idempotencyKey", raw, problems);
    return problems;
  }

  @Test
  void noKeyIsNoProblemAndNoKey() {
    List<FieldProblem> problems = new ArrayList<>();
    assertEquals(Optional.empty(), IdempotencyKey.parse("idempotencyKey", null, problems));
    assertEquals(List.of(), problems);
  }

  @Test
  void oneTo255PrintableCharactersAreAKeyCountedAsCharactersNotBytes() {
    for (String raw : List.of("k", "order 42 / retry", "x".repeat(255), "日本".repeat(127), "😀".repeat(255))) {
      List<FieldProblem> problems = new ArrayList<>();
      assertEquals(Optional.of(new IdempotencyKey(raw)), IdempotencyKey.parse("idempotencyKey", raw, problems));
      assertEquals(List.of(), problems, raw);
    }
  }

  @Test
  void emptyBlankTooLongOrUnprintableKeysAreInvalid() {
    for (String raw : List.of("", "   ", "x".repeat(256), "a\nb", "a\u0000b", "a\u200Bb", "\uD800")) {
      List<FieldProblem> problems = problemsOf(raw);
      assertEquals(1, problems.size(), raw);
      assertEquals(ProblemCodes.INVALID_IDEMPOTENCY_KEY, problems.get(0).code());
      assertEquals(List.of("idempotencyKey"), problems.get(0).field());
      assertThrows(IllegalArgumentException.class, () -> new IdempotencyKey(raw));
    }
  }
}
