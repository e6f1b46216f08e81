package io.customerintel.application.service;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.customerintel.application.port.in.PersistedQueryUseCase;
import io.customerintel.application.port.out.PersistedQueries;
import io.customerintel.domain.query.DocumentHash;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Persisted documents from the database with a bounded in-memory cache in front. Only found documents are cached: a
 * document another instance registers must be found here at the next request, so an unknown hash is asked of the
 * database every time. Concurrent look-ups of one hash share one query.
 */
public final class PersistedQueryService implements PersistedQueryUseCase {

  private final PersistedQueries store;
  private final int maxDocumentChars;
  private final AsyncCache<DocumentHash, String> documents;

  /**
   * @param cachedDocuments  how many documents to keep in memory
   * @param maxDocumentChars the longest document that is registered
   */
  public PersistedQueryService(PersistedQueries store, long cachedDocuments, int maxDocumentChars) {
    this.store = Objects.requireNonNull(store, "store");
    if (cachedDocuments < 0 || maxDocumentChars <= 0) {
      throw new IllegalArgumentException("the cache size must not be negative and the document limit must be positive");
    }
    this.maxDocumentChars = maxDocumentChars;
    this.documents = Caffeine.newBuilder().maximumSize(cachedDocuments).recordStats().buildAsync();
  }

  @Override
  public CompletionStage<Optional<String>> lookUp(DocumentHash hash) {
    // A null result (not found) or a failure is not kept by Caffeine: the next look-up asks the database again.
    return documents.get(hash, (key, executor) -> store.find(key)
            .thenApply(found -> found.orElse(null))
            .toCompletableFuture())
        .thenApply(Optional::ofNullable);
  }

  /** How often a hash was found in memory rather than asked of the database. */
  public CacheStatistics statistics() {
    return CacheStatistics.of(documents.synchronous().stats(), documents.synchronous().estimatedSize());
  }

  @Override
  public CompletionStage<Boolean> register(Register command) {
    if (command.document().length() > maxDocumentChars) {
      return CompletableFuture.completedFuture(false);
    }
    return store.save(command.hash(), command.document()).thenApply(saved -> {
      documents.put(command.hash(), CompletableFuture.completedFuture(command.document()));
      return true;
    });
  }
}
