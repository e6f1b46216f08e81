package io.customerintel.application.port.out;

import io.customerintel.domain.query.DocumentHash;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The durable register of persisted GraphQL documents, by hash, shared by every instance and tenant. */
public interface PersistedQueries {

  /** The document registered under the hash; empty when none is. */
  CompletionStage<Optional<String>> find(DocumentHash hash);

  /** Registers the document under its hash; registering it again changes nothing. */
  CompletionStage<Void> save(DocumentHash hash, String document);
}
