package io.customerintel.application.fakes;

import io.customerintel.application.port.out.PersistedQueries;
import io.customerintel.domain.query.DocumentHash;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** PersistedQueries in a map, counting look-ups so tests can tell cache hits from database reads. */
public final class InMemoryPersistedQueries implements PersistedQueries {
  public final Map<DocumentHash, String> documents = new ConcurrentHashMap<>();
  public final AtomicInteger finds = new AtomicInteger();

  @Override
  public CompletionStage<Optional<String>> find(DocumentHash hash) {
    finds.incrementAndGet();
    return CompletableFuture.completedFuture(Optional.ofNullable(documents.get(hash)));
  }

  @Override
  public CompletionStage<Void> save(DocumentHash hash, String document) {
    documents.putIfAbsent(hash, document);
    return CompletableFuture.completedFuture(null);
  }
}
