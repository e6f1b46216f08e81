package io.customerintel.application.port.in;

import io.customerintel.domain.validation.FieldProblem;
import java.util.List;
import java.util.Objects;

/** A rejected input item reported back in a mutation payload; index is the item's place in the batch. */
public record UserError(Integer index, List<String> field, String message, String code) {
  public UserError {
    field = field == null ? List.of() : List.copyOf(field);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(code, "code");
  }

  public static UserError of(Integer index, FieldProblem problem) {
    return new UserError(index, problem.field(), problem.message(), problem.code());
  }
}
