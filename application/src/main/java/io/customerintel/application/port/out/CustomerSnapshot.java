package io.customerintel.application.port.out;

import io.customerintel.domain.customer.Customer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Reads a whole customer listing from one consistent snapshot of the data, a batch at a time. */
public interface CustomerSnapshot {

  /**
   * Every customer the search matches (its position and limit ignored), in its order, in batches of at most
   * batchSize. The next batch is handed over only after the sink's stage completes; a sink answering false stops
   * the read. Resolves to the number of customers handed over.
   */
  CompletionStage<Long> readAll(CustomerSearch search, int batchSize,
                                Function<List<Customer>, CompletionStage<Boolean>> sink);
}
