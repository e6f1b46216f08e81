package io.customerintel.application.service;

import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.validation.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Splits a batch into valid items and per-item user errors, keeping each item's index. */
final class BatchValidation<I, V> {
  private final List<V> valid = new ArrayList<>();
  private final List<Integer> validIndexes = new ArrayList<>();
  private final List<UserError> errors = new ArrayList<>();

  /** validator returns the valid value, or null after adding problems to the list it is given. */
  static <I, V> BatchValidation<I, V> of(List<I> items, BiFunction<I, List<FieldProblem>, V> validator) {
    BatchValidation<I, V> result = new BatchValidation<>();
    for (int i = 0; i < items.size(); i++) {
      List<FieldProblem> problems = new ArrayList<>();
      V value = validator.apply(items.get(i), problems);
      if (problems.isEmpty() && value != null) {
        result.valid.add(value);
        result.validIndexes.add(i);
      } else {
        for (FieldProblem problem : problems) {
          result.errors.add(UserError.of(i, problem));
        }
      }
    }
    return result;
  }

  List<V> valid() {
    return valid;
  }

  List<Integer> validIndexes() {
    return validIndexes;
  }

  List<UserError> errors() {
    return errors;
  }

  void reject(int position, FieldProblem problem) {
    errors.add(UserError.of(validIndexes.get(position), problem));
  }
}
