package io.customerintel.adapters.graphql.http;

import io.customerintel.application.port.in.PersistedQueryUseCase;
import io.customerintel.domain.query.DocumentHash;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Persisted queries in a map, for transport tests that need no database. */
final class InMemoryPersistedQueries implements PersistedQueryUseCase {
  final Map<DocumentHash, String> documents = new ConcurrentHashMap<>();

  @Override
  public CompletionStage<Optional<String>> lookUp(DocumentHash hash) {
    return CompletableFuture.completedFuture(Optional.ofNullable(documents.get(hash)));
  }

  @Override
  public CompletionStage<Boolean> register(Register command) {
    documents.putIfAbsent(command.hash(), command.document());
    return CompletableFuture.completedFuture(true);
  }
}
