package io.customerintel.adapters.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps parsed and validated documents by their text: clients send the same few operations again and again, and
 * parsing and validating them each time is wasted work. Only documents that passed are kept, so junk cannot evict
 * the real operations, and the cache is bounded.
 */
final class DocumentCache implements PreparsedDocumentProvider {
  private static final int MAX_DOCUMENTS = 2_000;

  private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
      .maximumSize(MAX_DOCUMENTS)
      .recordStats()
      .build();

  /** Reports the hit ratio and size of the parsed-documents cache to the registry under the cache name given. */
  void monitor(MeterRegistry registry, String name) {
    CaffeineCacheMetrics.monitor(registry, documents, name);
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                    Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String query = input.getQuery();
    PreparsedDocumentEntry cached = documents.getIfPresent(query);
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    PreparsedDocumentEntry entry = parseAndValidate.apply(input);
    if (!entry.hasErrors()) {
      documents.put(query, entry);
    }
    return CompletableFuture.completedFuture(entry);
  }
}
