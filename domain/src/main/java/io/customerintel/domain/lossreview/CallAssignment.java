package io.customerintel.domain.lossreview;

import io.customerintel.domain.customer.CustomerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One lost customer given to one executive to call. */
public record CallAssignment(String executive, LostCustomer lost) {
  public static final int MAX_EXECUTIVES = 100;
  public static final int MAX_EXECUTIVE_LENGTH = 100;
  public static final int MIN_CALLS = 1;
  public static final int MAX_CALLS = 50;
  public static final int DEFAULT_CALLS = 10;

  public CallAssignment {
    Objects.requireNonNull(executive, "executive");
    Objects.requireNonNull(lost, "lost");
  }

  /**
   * Deals the most valuable lost customers out round-robin to the executives with room (each holds at most
   * callsPerExecutive calls of the month, counting those held already), skipping customers called before.
   *
   * @param lost the month's lost customers, in any order: they are dealt most valuable first (LossReview.BY_VALUE)
   * @param held how many of the month's calls each executive holds already
   * @param called customers who already have a call, in this review or an earlier one
   */
  public static List<CallAssignment> deal(List<LostCustomer> lost, List<String> executives, int callsPerExecutive,
                                          Map<String, Integer> held, Set<CustomerId> called) {
    Map<String, Integer> room = new LinkedHashMap<>();
    for (String executive : executives) {
      int left = callsPerExecutive - held.getOrDefault(executive, 0);
      if (left > 0) {
        room.put(executive, left);
      }
    }
    Set<CustomerId> taken = new HashSet<>(called);
    List<CallAssignment> dealt = new ArrayList<>();
    List<String> turn = new ArrayList<>(room.keySet());
    int next = 0;
    for (LostCustomer customer : lost.stream().sorted(LossReview.BY_VALUE).toList()) {
      if (turn.isEmpty()) {
        break;
      }
      if (!taken.add(customer.defection().customerId())) {
        continue;
      }
      String executive = turn.get(next % turn.size());
      dealt.add(new CallAssignment(executive, customer));
      if (room.merge(executive, -1, Integer::sum) == 0) {
        turn.remove(next % turn.size());
      } else {
        next++;
      }
      next = turn.isEmpty() ? 0 : next % turn.size();
    }
    return dealt;
  }
}
