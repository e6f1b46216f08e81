package io.customerintel.adapters.graphql.limits;

import io.customerintel.application.port.in.Throttle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a request was charged and what its key's bucket holds afterwards: the {@code extensions.cost} of its response,
 * in Shopify's shape.
 *
 * @param requestedQueryCost the calculated cost of the operation (0 when it was refused before it could be priced)
 * @param actualQueryCost    what was taken from the bucket: the requested cost when it ran, 0 when it was refused
 */
public record QueryCharge(long requestedQueryCost, long actualQueryCost, Throttle throttle) {

  /** Where the charge travels with a request, in the RoutingContext and the GraphQLContext. */
  public static final String KEY = QueryCharge.class.getName();

  public Map<String, Object> toExtension() {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("maximumAvailable", throttle.limit().capacity());
    status.put("currentlyAvailable", (long) Math.floor(throttle.available()));
    status.put("restoreRate", throttle.limit().refillPerSecond());
    Map<String, Object> cost = new LinkedHashMap<>();
    cost.put("requestedQueryCost", requestedQueryCost);
    cost.put("actualQueryCost", actualQueryCost);
    cost.put("throttleStatus", status);
    return cost;
  }
}
