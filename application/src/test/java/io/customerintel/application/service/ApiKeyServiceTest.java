package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.fakes.InMemoryApiKeys;
import io.customerintel.application.port.in.Caller;
import io.customerintel.application.port.in.ManageApiKeysUseCase.CreateCommand;
import io.customerintel.application.port.in.ManageApiKeysUseCase.CreateResult;
import io.customerintel.application.port.in.ManageApiKeysUseCase.RevokeCommand;
import io.customerintel.application.port.in.ManageApiKeysUseCase.RevokeResult;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.tenant.ApiKey;
import io.customerintel.domain.tenant.ApiKeyGrant;
import io.customerintel.domain.tenant.ApiKeyScope;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyServiceTest {
  static final Caller ADMIN = new Caller(Fakes.tenant(), ApiKeyGrant.everything(1_000, "admin"));
  static final Caller OTHER_ADMIN = new Caller(Fakes.otherTenant(), ApiKeyGrant.everything(2_000, "admin"));
  static final Caller WRITER = new Caller(Fakes.tenant(),
      new ApiKeyGrant(3_000, "writer", EnumSet.of(ApiKeyScope.READ, ApiKeyScope.WRITE), false, null, null));

  InMemoryApiKeys keys;
  ApiKeyService service;

  @BeforeEach
  void setUp() {
    keys = new InMemoryApiKeys(Fakes.CLOCK);
    service = new ApiKeyService(keys);
  }

  CreateResult create(Caller caller, String name, List<ApiKeyScope> scopes) {
    return await(service.createApiKey(new CreateCommand(caller, name, scopes, false)));
  }

  ApiKey created(String name, ApiKeyScope... scopes) {
    return create(ADMIN, name, List.of(scopes)).apiKey().orElseThrow();
  }

  RevokeResult revoke(Caller caller, long id) {
    return await(service.revokeApiKey(new RevokeCommand(caller, id)));
  }

  static List<String> codes(List<UserError> errors) {
    return errors.stream().map(UserError::code).toList();
  }

  @Test
  void aNewKeyIsShownOnceAndStoredAsItsHashOnly() {
    CreateResult result = await(service.createApiKey(new CreateCommand(ADMIN, "BI export",
        List.of(ApiKeyScope.READ), true)));
    ApiKey key = result.apiKey().orElseThrow();
    String secret = result.secret().orElseThrow();
    assertEquals("BI export", key.name());
    assertEquals(Set.of(ApiKeyScope.READ), key.scopes());
    assertTrue(key.persistedQueriesOnly());
    assertEquals(Fakes.NOW, key.createdAt());
    assertFalse(key.revoked());
    assertTrue(ApiKeys.wellFormed(secret));
    assertEquals(HexFormat.of().formatHex(ApiKeys.hash(secret)), keys.hashes.get(key.id()));
    assertEquals(List.of(), result.userErrors());
  }

  @Test
  void scopesAreListedInTheirOrderWhateverOrderTheyWereGivenIn() {
    ApiKey key = created("ops", ApiKeyScope.ADMIN, ApiKeyScope.READ);
    assertEquals(List.of(ApiKeyScope.READ, ApiKeyScope.ADMIN), List.copyOf(key.scopes()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void aKeyNeedsAName(String name) {
    CreateResult result = create(ADMIN, name, List.of(ApiKeyScope.READ));
    assertEquals(List.of("REQUIRED"), codes(result.userErrors()));
    assertEquals(List.of("name"), result.userErrors().get(0).field());
    assertTrue(result.apiKey().isEmpty() && result.secret().isEmpty());
    assertEquals(List.of(), await(service.apiKeys(ADMIN)));
  }

  @Test
  void aNameOfAHundredCharactersIsTheLongestAllowed() {
    assertEquals(List.of(), create(ADMIN, "n".repeat(100), List.of(ApiKeyScope.READ)).userErrors());
    assertEquals(List.of("TOO_LONG"), codes(create(ADMIN, "n".repeat(101), List.of(ApiKeyScope.READ)).userErrors()));
  }

  @ParameterizedTest
  @ValueSource(strings = {" padded", "padded ", "line\nbreak", "tab\there", "bidi\u202Eoverride", "zero\u200Bwidth"})
  void aNameWithUnprintableCharactersOrSurroundingBlanksIsRefused(String name) {
    assertEquals(List.of("INVALID_FORMAT"), codes(create(ADMIN, name, List.of(ApiKeyScope.READ)).userErrors()));
  }

  @Test
  void aKeyNeedsAtLeastOneScopeEachNamedOnce() {
    CreateResult none = create(ADMIN, "none", List.of());
    assertEquals(List.of("REQUIRED"), codes(none.userErrors()));
    assertEquals(List.of("scopes"), none.userErrors().get(0).field());
    assertEquals(List.of("DUPLICATE"),
        codes(create(ADMIN, "twice", List.of(ApiKeyScope.READ, ApiKeyScope.READ)).userErrors()));
    assertEquals(List.of("REQUIRED", "REQUIRED"), codes(create(ADMIN, "", List.of()).userErrors()));
  }

  @Test
  void onlyAnAdminKeyManagesKeys() {
    assertEquals("FORBIDDEN", refusal(() -> service.createApiKey(
        new CreateCommand(WRITER, "mine", List.of(ApiKeyScope.READ), false))).code());
    assertEquals("FORBIDDEN", refusal(() -> service.apiKeys(WRITER)).code());
    assertEquals("FORBIDDEN", refusal(() -> service.apiKey(WRITER, 1)).code());
    assertEquals("FORBIDDEN", refusal(() -> service.revokeApiKey(new RevokeCommand(WRITER, 1))).code());
  }

  @Test
  void theListHasTheTenantsOwnKeysOnly() {
    ApiKey mine = created("mine", ApiKeyScope.READ);
    create(OTHER_ADMIN, "theirs", List.of(ApiKeyScope.READ));
    assertEquals(List.of(mine), await(service.apiKeys(ADMIN)));
    assertEquals(java.util.Optional.of(mine), await(service.apiKey(ADMIN, mine.id())));
    assertTrue(await(service.apiKey(OTHER_ADMIN, mine.id())).isEmpty());
  }

  @Test
  void aRevokedKeyKeepsItsRevocationTimeAndRevokingAgainChangesNothing() {
    created("spare admin", ApiKeyScope.ADMIN);
    ApiKey reader = created("reader", ApiKeyScope.READ);
    RevokeResult first = revoke(ADMIN, reader.id());
    assertEquals(List.of(), first.userErrors());
    assertEquals(Fakes.NOW, first.apiKey().orElseThrow().revokedAt());
    assertEquals(first, revoke(ADMIN, reader.id()));
  }

  @Test
  void anotherTenantsKeyIsNotFoundAndStaysUnrevoked() {
    ApiKey theirs = create(OTHER_ADMIN, "theirs", List.of(ApiKeyScope.READ)).apiKey().orElseThrow();
    RevokeResult result = revoke(ADMIN, theirs.id());
    assertEquals(List.of("NOT_FOUND"), codes(result.userErrors()));
    assertEquals(List.of("id"), result.userErrors().get(0).field());
    assertTrue(result.apiKey().isEmpty());
    assertFalse(await(service.apiKey(OTHER_ADMIN, theirs.id())).orElseThrow().revoked());
    assertEquals(result, revoke(ADMIN, 999_999), "an unknown id gets the very same answer");
  }

  @Test
  void theLastUnrevokedAdminKeyCannotBeRevoked() {
    ApiKey first = created("first admin", ApiKeyScope.ADMIN);
    ApiKey second = created("second admin", ApiKeyScope.READ, ApiKeyScope.ADMIN);
    assertEquals(List.of(), revoke(ADMIN, first.id()).userErrors());
    RevokeResult refused = revoke(ADMIN, second.id());
    assertEquals(List.of("LAST_ADMIN_KEY"), codes(refused.userErrors()));
    assertTrue(refused.apiKey().isEmpty());
    assertFalse(await(service.apiKey(ADMIN, second.id())).orElseThrow().revoked());
  }
}
