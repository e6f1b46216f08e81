package io.customerintel.adapters.graphql.limits;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import java.util.List;
import java.util.Locale;

/**
 * The verdict on one request before it runs.
 *
 * @param cost    the operation's cost: 0 when it was refused before it could be priced, and the minimum of 1 for a
 *                document that execution will reject (it does not parse, validate or fit its variables)
 * @param refusal why it may not run, or {@code null} when it may
 * @param operationType {@code query}, {@code mutation} or {@code subscription}: {@code null} until the operation was
 *                      found in a valid document
 * @param operationName the name of the operation chosen in the document, {@code null} for an anonymous one or before
 *                      it was found
 */
public record Analysis(long cost, Refusal refusal, String operationType, String operationName) {
  /** Every request costs at least this much, so that even a flood of trivial or broken ones drains the bucket. */
  public static final long MINIMUM_COST = 1;

  static Analysis priced(long cost) {
    return new Analysis(Math.max(MINIMUM_COST, cost), null, null, null);
  }

  /** Left for execution to report in the usual GraphQL error format. */
  static Analysis unpriced() {
    return new Analysis(MINIMUM_COST, null, null, null);
  }

  static Analysis refused(Refusal refusal, long cost) {
    return new Analysis(cost, refusal, null, null);
  }

  /** The same verdict, naming the operation that the request chose in the parsed document, if it is there. */
  Analysis in(Document document, String operationName) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    for (OperationDefinition operation : operations) {
      if (operationName == null ? operations.size() == 1 : operationName.equals(operation.getName())) {
        return new Analysis(cost, refusal, operation.getOperation().name().toLowerCase(Locale.ROOT),
            operation.getName());
      }
    }
    return this;
  }

  public boolean refused() {
    return refusal != null;
  }
}
