package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.fakes.InMemoryPersistedQueries;
import io.customerintel.application.port.in.PersistedQueryUseCase.Register;
import io.customerintel.domain.query.DocumentHash;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersistedQueryServiceTest {
  static final String DOCUMENT = "{ defectionReasons { code } }";
  static final DocumentHash HASH = DocumentHash.of(DOCUMENT);

  InMemoryPersistedQueries store;
  PersistedQueryService service;

  @BeforeEach
  void setUp() {
    store = new InMemoryPersistedQueries();
    service = new PersistedQueryService(store, 100, 50);
  }

  @Test
  void aRegisteredDocumentIsFoundByItsHashWithoutAskingTheDatabaseAgain() {
    assertTrue(await(service.register(new Register(HASH, DOCUMENT))));
    assertEquals(DOCUMENT, store.documents.get(HASH));
    assertEquals(Optional.of(DOCUMENT), await(service.lookUp(HASH)));
    assertEquals(0, store.finds.get());
  }

  @Test
  void aDocumentAnotherInstanceRegisteredIsReadOnceThenServedFromMemory() {
    store.documents.put(HASH, DOCUMENT);
    assertEquals(Optional.of(DOCUMENT), await(service.lookUp(HASH)));
    assertEquals(Optional.of(DOCUMENT), await(service.lookUp(HASH)));
    assertEquals(1, store.finds.get());
  }

  @Test
  void lookUpsServedFromMemoryCountAsHitsAndDatabaseReadsAsMisses() {
    store.documents.put(HASH, DOCUMENT);
    await(service.lookUp(HASH));
    await(service.lookUp(HASH));
    await(service.lookUp(HASH));
    assertEquals(new CacheStatistics(2, 1, 0, 1), service.statistics());
  }

  @Test
  void anUnknownHashIsAskedOfTheDatabaseEveryTimeSoALaterRegistrationIsSeen() {
    assertEquals(Optional.empty(), await(service.lookUp(HASH)));
    store.documents.put(HASH, DOCUMENT);
    assertEquals(Optional.of(DOCUMENT), await(service.lookUp(HASH)));
    assertEquals(2, store.finds.get());
  }

  @Test
  void aDocumentOverTheLimitIsNotRegistered() {
    String longDocument = "{ defectionReasons { code " + "label ".repeat(10) + "} }";
    assertFalse(await(service.register(new Register(DocumentHash.of(longDocument), longDocument))));
    assertTrue(store.documents.isEmpty());
  }

  @Test
  void aRegistrationNeedsTheDocumentsOwnHash() {
    assertThrows(IllegalArgumentException.class, () -> new Register(DocumentHash.of("{ other }"), DOCUMENT));
  }
}
