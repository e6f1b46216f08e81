package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.await;
import static io.customerintel.adapters.postgres.PgFixture.sha;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.application.port.out.KeyRevocation;
import io.customerintel.application.port.out.KeyRevocation.Outcome;
import io.customerintel.application.port.out.NewApiKey;
import io.customerintel.domain.tenant.ApiKey;
import io.customerintel.domain.tenant.ApiKeyScope;
import io.customerintel.domain.tenant.Tenant;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class ApiKeyRepositoryTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  private ApiKey create(Tenant tenant, String name, boolean persistedOnly, ApiKeyScope... scopes) {
    return await(adapters.apiKeys().create(tenant.id(), newKey(name, persistedOnly, scopes)));
  }

  private static NewApiKey newKey(String name, boolean persistedOnly, ApiKeyScope... scopes) {
    return new NewApiKey(name, EnumSet.copyOf(List.of(scopes)), persistedOnly,
        sha(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
  }

  private ApiKey defaultKey(Tenant tenant) {
    return await(adapters.apiKeys().list(tenant.id())).get(0);
  }

  @Test
  void aCreatedKeyIsStoredWithItsScopesAndAuthenticatesWithThem() {
    Tenant tenant = PgFixture.newTenant(adapters);
    NewApiKey wanted = newKey("BI export", true, ApiKeyScope.WRITE, ApiKeyScope.READ);
    ApiKey key = await(adapters.apiKeys().create(tenant.id(), wanted));
    assertEquals("BI export", key.name());
    assertEquals(Set.of(ApiKeyScope.READ, ApiKeyScope.WRITE), key.scopes());
    assertTrue(key.persistedQueriesOnly());
    assertNotNull(key.createdAt());
    assertNull(key.revokedAt());

    var owner = await(adapters.tenants().findKeyOwner(wanted.secretHash())).orElseThrow();
    assertEquals(tenant.id(), owner.tenant().id());
    assertEquals(key.id(), owner.grant().keyId());
    assertEquals(key.scopes(), owner.grant().scopes());
    assertTrue(owner.grant().persistedQueriesOnly());
    Row stored = await(ScratchDatabase.pool().preparedQuery("select key_hash from api_key where id = $1")
        .execute(Tuple.of(key.id())).toCompletionStage()).iterator().next();
    assertArrayEquals(wanted.secretHash(), stored.getBuffer("key_hash").getBytes(), "only the hash is stored");
  }

  @Test
  void theKeyATenantIsCreatedWithHasEveryScope() {
    Tenant tenant = PgFixture.newTenant(adapters);
    ApiKey first = defaultKey(tenant);
    assertEquals(EnumSet.allOf(ApiKeyScope.class), first.scopes());
    assertEquals("default", first.name());
  }

  @Test
  void aTenantListsAndFindsItsOwnKeysOnly() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    ApiKey reader = create(tenant, "reader", false, ApiKeyScope.READ);
    ApiKey theirs = create(other, "theirs", false, ApiKeyScope.READ);
    List<ApiKey> keys = await(adapters.apiKeys().list(tenant.id()));
    assertEquals(List.of(defaultKey(tenant).id(), reader.id()), keys.stream().map(ApiKey::id).toList());
    assertEquals(Optional.of(reader), await(adapters.apiKeys().find(tenant.id(), reader.id())));
    assertEquals(Optional.empty(), await(adapters.apiKeys().find(tenant.id(), theirs.id())));
  }

  @Test
  void aRevokedKeyNoLongerAuthenticatesAndRevokingItAgainChangesNothing() {
    Tenant tenant = PgFixture.newTenant(adapters);
    NewApiKey wanted = newKey("reader", false, ApiKeyScope.READ);
    ApiKey reader = await(adapters.apiKeys().create(tenant.id(), wanted));
    KeyRevocation revoked = await(adapters.apiKeys().revoke(tenant.id(), reader.id()));
    assertEquals(Outcome.REVOKED, revoked.outcome());
    assertNotNull(revoked.key().orElseThrow().revokedAt());
    assertTrue(await(adapters.tenants().findKeyOwner(wanted.secretHash())).isEmpty());
    KeyRevocation again = await(adapters.apiKeys().revoke(tenant.id(), reader.id()));
    assertEquals(new KeyRevocation(Outcome.ALREADY_REVOKED, revoked.key()), again);
  }

  @Test
  void anotherTenantsKeyIsNotFoundAndKeepsWorking() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    NewApiKey wanted = newKey("theirs", false, ApiKeyScope.READ);
    ApiKey theirs = await(adapters.apiKeys().create(other.id(), wanted));
    assertEquals(new KeyRevocation(Outcome.NOT_FOUND, Optional.empty()),
        await(adapters.apiKeys().revoke(tenant.id(), theirs.id())));
    assertTrue(await(adapters.tenants().findKeyOwner(wanted.secretHash())).isPresent());
  }

  @Test
  void theLastUnrevokedAdminKeyStays() {
    Tenant tenant = PgFixture.newTenant(adapters);
    ApiKey first = defaultKey(tenant);
    ApiKey reader = create(tenant, "reader", false, ApiKeyScope.READ);
    assertEquals(Outcome.LAST_ADMIN_KEY, await(adapters.apiKeys().revoke(tenant.id(), first.id())).outcome());
    assertNull(await(adapters.apiKeys().find(tenant.id(), first.id())).orElseThrow().revokedAt());
    assertEquals(Outcome.REVOKED, await(adapters.apiKeys().revoke(tenant.id(), reader.id())).outcome());
  }

  @Test
  void twoAdminKeysRevokedAtOnceLeaveOneStanding() {
    for (int round = 0; round < 5; round++) {
      Tenant tenant = PgFixture.newTenant(adapters);
      ApiKey first = defaultKey(tenant);
      ApiKey second = create(tenant, "second admin", false, ApiKeyScope.ADMIN);
      CompletableFuture<KeyRevocation> a = adapters.apiKeys().revoke(tenant.id(), first.id()).toCompletableFuture();
      CompletableFuture<KeyRevocation> b = adapters.apiKeys().revoke(tenant.id(), second.id()).toCompletableFuture();
      List<Outcome> outcomes = List.of(await(a).outcome(), await(b).outcome());
      assertTrue(outcomes.contains(Outcome.REVOKED) && outcomes.contains(Outcome.LAST_ADMIN_KEY), outcomes.toString());
      long standing = await(adapters.apiKeys().list(tenant.id())).stream().filter(k -> !k.revoked()).count();
      assertEquals(1, standing);
    }
  }

  @Test
  void storedScopesAreOnlyKnownOnes() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Buffer hash = Buffer.buffer(sha(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
    var failure = ScratchDatabase.pool().preparedQuery("insert into api_key (tenant_id, key_hash, scopes)"
        + " values ($1, $2, '{READ,ROOT}')").execute(Tuple.of(tenant.id().value(), hash)).toCompletionStage()
        .toCompletableFuture().handle((rows, error) -> error).join();
    assertNotNull(failure, "the table's check refuses a scope the code does not know");
  }
}
