package io.customerintel.adapters.postgres;

import io.customerintel.application.port.out.KeyOwner;
import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.failure;
import static io.customerintel.adapters.postgres.PgFixture.sha;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.tenant.Tenant;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class TenantRepositoryTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  private static byte[] newKey() {
    return sha(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNewTenantHasItsCurrencyZoneDefaultWindowsKeyAndReasons() {
    String name = "acme-" + UUID.randomUUID();
    byte[] key = newKey();
    Tenant tenant = await(adapters.tenants().create(name, Currency.getInstance("USD"), ZoneId.of("Europe/Berlin"), key,
        DefaultDefectionReasons.ALL));

    assertEquals(name, tenant.name());
    assertEquals(Currency.getInstance("USD"), tenant.currency());
    assertEquals(ZoneId.of("Europe/Berlin"), tenant.zone());
    assertEquals(LifecyclePolicy.DEFAULT, tenant.lifecyclePolicy());
    assertEquals(Optional.of(tenant), await(adapters.tenants().findKeyOwner(key)).map(KeyOwner::tenant));
    var owner = await(adapters.tenants().findKeyOwner(key)).orElseThrow();
    assertEquals(tenant, owner.tenant());
    assertEquals(java.util.EnumSet.allOf(io.customerintel.domain.tenant.ApiKeyScope.class), owner.grant().scopes(),
        "the first key may do everything");
    assertEquals(false, owner.grant().persistedQueriesOnly());
    assertEquals(null, owner.grant().bucketCapacity());
    assertEquals(Optional.of(tenant), await(adapters.tenants().findByName(name)));
    assertTrue(await(adapters.tenants().list()).contains(tenant));
    assertEquals(DefaultDefectionReasons.ALL.stream().sorted(java.util.Comparator.comparing(r -> r.code())).toList(),
        await(adapters.defectionReasons().all(tenant.id())));
  }

  @Test
  void aTakenNameIsAConflictAndStoresNothing() {
    Tenant first = PgFixture.newTenant(adapters);
    byte[] secondKey = newKey();
    UseCaseException e = failure(UseCaseException.class, adapters.tenants().create(first.name(),
        Currency.getInstance("EUR"), ZoneId.of("UTC"), secondKey, DefaultDefectionReasons.ALL));

    assertEquals(ErrorCodes.CONFLICT, e.code());
    assertEquals("a tenant named '" + first.name() + "' exists", e.getMessage());
    assertEquals(Optional.empty(), await(adapters.tenants().findKeyOwner(secondKey)).map(KeyOwner::tenant));
  }

  @Test
  void revokedKeysAuthenticateNobody() throws Exception {
    byte[] key = newKey();
    Tenant tenant = await(adapters.tenants().create("revoking-" + UUID.randomUUID(), Currency.getInstance("EUR"),
        ZoneId.of("UTC"), key, List.of()));
    ScratchDatabase.pool().preparedQuery("update api_key set revoked_at = now() where key_hash = $1")
        .execute(Tuple.of(Buffer.buffer(key))).await(10, TimeUnit.SECONDS);

    assertEquals(Optional.empty(), await(adapters.tenants().findKeyOwner(key)).map(KeyOwner::tenant));
    assertEquals(Optional.of(tenant), await(adapters.tenants().findByName(tenant.name())));
  }

  @Test
  void addingAKeyTwiceChangesNothingAndAnotherTenantsKeyIsAConflict() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    byte[] demo = newKey();

    await(adapters.tenants().addApiKey(tenant.id(), demo));
    await(adapters.tenants().addApiKey(tenant.id(), demo));

    assertEquals(Optional.of(tenant), await(adapters.tenants().findKeyOwner(demo)).map(KeyOwner::tenant));
    UseCaseException e = failure(UseCaseException.class, adapters.tenants().addApiKey(other.id(), demo));
    assertEquals(ErrorCodes.CONFLICT, e.code());
    assertEquals(Optional.of(tenant), await(adapters.tenants().findKeyOwner(demo)).map(KeyOwner::tenant));
  }

  @Test
  void unknownNamesAndKeysAreNotFound() {
    assertEquals(Optional.empty(), await(adapters.tenants().findByName("nobody-" + UUID.randomUUID())));
    assertEquals(Optional.empty(), await(adapters.tenants().findKeyOwner(newKey())).map(KeyOwner::tenant));
  }

  @Test
  void pingAnswersTrueWhileTheDatabaseAnswers() {
    assertTrue(await(adapters.ping()));
  }
}
