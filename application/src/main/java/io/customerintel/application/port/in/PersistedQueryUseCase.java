package io.customerintel.application.port.in;

import io.customerintel.domain.query.DocumentHash;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Automatic persisted queries: look a document up by its hash, register a document a client sent with its hash. */
public interface PersistedQueryUseCase {

  /** The registered document of that hash; empty when none is (the client then sends the text with the hash). */
  CompletionStage<Optional<String>> lookUp(DocumentHash hash);

  /**
   * Registers a document the transport has checked to parse and validate; completes with false when the document is
   * too long to be registered (it may still run, it is just not kept).
   */
  CompletionStage<Boolean> register(Register command);

  /** A document and the hash the client sent with it; they must agree, which the transport checks first. */
  record Register(DocumentHash hash, String document) {
    public Register {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(document, "document");
      if (!hash.matches(document)) {
        throw new IllegalArgumentException("the hash is not the document's");
      }
    }
  }
}
