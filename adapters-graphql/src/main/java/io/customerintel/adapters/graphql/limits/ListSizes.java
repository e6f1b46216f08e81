package io.customerintel.adapters.graphql.limits;

import graphql.normalized.ExecutableNormalizedField;
import java.util.List;

/**
 * How many objects a list field that is not a connection is taken to return, for pricing: the number asked for
 * where the arguments say it, the fixed size where the schema promises one, else an estimate.
 */
final class ListSizes {
  /** Lists of unknown length: risk signals, health points, model parameters, report rows, user errors. */
  static final int ESTIMATE = 10;
  /** Every value tier by every tenure band (SegmentMatrix.cells is documented as always 25). */
  static final int SEGMENT_CELLS = 25;

  private ListSizes() {
  }

  static long of(ExecutableNormalizedField field) {
    String parent = field.getObjectTypeNames().iterator().next();
    String coordinates = parent + "." + field.getFieldName();
    switch (coordinates) {
      case "Query.nodes":
        return field.getResolvedArguments().get("ids") instanceof List<?> ids ? ids.size() : ESTIMATE;
      case "SegmentMatrix.cells":
        return SEGMENT_CELLS;
      default:
        return ESTIMATE;
    }
  }
}
