package io.customerintel.domain.validation;

import java.util.List;
import java.util.Objects;

/** One rejected input value: which field, a stable machine-readable code and a human message. */
public record FieldProblem(List<String> field, String code, String message) {
  public FieldProblem {
    field = List.copyOf(field);
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static FieldProblem of(String field, String code, String message) {
    return new FieldProblem(List.of(field), code, message);
  }
}
