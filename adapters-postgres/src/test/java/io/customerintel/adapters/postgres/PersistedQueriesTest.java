package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.domain.query.DocumentHash;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class PersistedQueriesTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void aSavedDocumentIsFoundByItsHashAndSavingItAgainChangesNothing() {
    String document = "{ defectionReasons { code } } # " + UUID.randomUUID();
    DocumentHash hash = DocumentHash.of(document);
    assertEquals(Optional.empty(), await(adapters.persistedQueries().find(hash)));

    await(adapters.persistedQueries().save(hash, document));
    await(adapters.persistedQueries().save(hash, document));

    assertEquals(Optional.of(document), await(adapters.persistedQueries().find(hash)));
  }
}
