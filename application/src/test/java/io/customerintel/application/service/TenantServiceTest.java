package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.ErrorCodes;
import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.AuthenticatedTenant;
import io.customerintel.application.port.in.ManageTenantsUseCase.CreateTenant;
import io.customerintel.application.port.in.ManageTenantsUseCase.CreatedTenant;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.lifecycle.LifecyclePolicy;
import io.customerintel.domain.tenant.Tenant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantServiceTest {
  Fakes fakes;
  TenantService service;
  AuthenticationService authentication;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    service = new TenantService(fakes.tenants);
    authentication = new AuthenticationService(fakes.tenants);
  }

  CreatedTenant create(String name, String currency) {
    return await(service.createTenant(new CreateTenant(name, currency, ZoneId.of("Europe/Berlin"))));
  }

  @Test
  void aNewTenantGetsAKeyThatAuthenticatesIt() {
    CreatedTenant created = create("acme", "usd");
    Tenant tenant = created.tenant();
    assertEquals("acme", tenant.name());
    assertEquals("USD", tenant.currency().getCurrencyCode());
    assertEquals(ZoneId.of("Europe/Berlin"), tenant.zone());
    assertTrue(ApiKeys.wellFormed(created.apiKey()));
    AuthenticatedTenant authenticated = await(authentication.authenticate(created.apiKey())).orElseThrow();
    assertEquals(AuthenticatedTenant.of(tenant), authenticated);
    assertEquals(LifecyclePolicy.DEFAULT, authenticated.lifecyclePolicy());
  }

  @Test
  void onlyTheKeysHashIsStored() {
    CreatedTenant created = create("acme", "EUR");
    assertEquals(List.of(HexFormat.of().formatHex(ApiKeys.hash(created.apiKey()))), fakes.tenants.storedKeyHashes());
  }

  @Test
  void aNewTenantStartsWithTheDefaultDefectionReasons() {
    Tenant tenant = create("acme", "EUR").tenant();
    assertEquals(DefaultDefectionReasons.ALL.size(), fakes.store.reasons(tenant.id()).size());
    assertTrue(fakes.store.reasons(tenant.id()).containsAll(DefaultDefectionReasons.ALL));
  }

  @Test
  void theCurrencyDefaultsToEuro() {
    assertEquals("EUR", create("acme", null).tenant().currency().getCurrencyCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "EURO", "E1", "QQQ", "€"})
  void aBadCurrencyIsBadUserInput(String currency) {
    assertEquals(ErrorCodes.BAD_USER_INPUT,
        refusal(() -> service.createTenant(new CreateTenant("acme", currency, ZoneOffset.UTC))).code());
    assertTrue(await(service.listTenants()).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " acme", "acme ", "ac\nme"})
  void aBadNameIsBadUserInput(String name) {
    assertEquals(ErrorCodes.BAD_USER_INPUT,
        refusal(() -> service.createTenant(new CreateTenant(name, "EUR", ZoneOffset.UTC))).code());
    assertTrue(await(service.listTenants()).isEmpty());
  }

  @Test
  void aMissingOrOverlongNameIsBadUserInput() {
    assertEquals(ErrorCodes.BAD_USER_INPUT,
        refusal(() -> service.createTenant(new CreateTenant(null, "EUR", ZoneOffset.UTC))).code());
    assertEquals(ErrorCodes.BAD_USER_INPUT,
        refusal(() -> service.createTenant(new CreateTenant("x".repeat(101), "EUR", ZoneOffset.UTC))).code());
  }

  @Test
  void aTakenNameIsAConflict() {
    create("acme", "EUR");
    assertEquals(ErrorCodes.CONFLICT, refusal(() -> service.createTenant(new CreateTenant("acme", "USD", ZoneOffset.UTC))).code());
  }

  @Test
  void tenantsAreListedAndFoundByName() {
    Tenant acme = create("acme", "EUR").tenant();
    create("globex", "USD");
    assertEquals(2, await(service.listTenants()).size());
    assertEquals(Optional.of(acme), await(service.findTenant("acme")));
    assertEquals(Optional.empty(), await(service.findTenant("initech")));
  }

  @Test
  void anInstalledKeyAuthenticatesTheTenantToo() {
    Tenant tenant = create("acme", "EUR").tenant();
    String demoKey = "demo-key-for-local-use";
    await(service.installApiKey(tenant.id(), demoKey));
    assertEquals(tenant.id(), await(authentication.authenticate(demoKey)).orElseThrow().tenantId());
  }

  @Test
  void aMalformedKeyCannotBeInstalled() {
    Tenant tenant = create("acme", "EUR").tenant();
    assertEquals(ErrorCodes.BAD_USER_INPUT, refusal(() -> service.installApiKey(tenant.id(), "short")).code());
    assertEquals(ErrorCodes.BAD_USER_INPUT, refusal(() -> service.installApiKey(tenant.id(), null)).code());
  }

  @Test
  void anUnknownKeyAuthenticatesNobody() {
    create("acme", "EUR");
    assertEquals(Optional.empty(), await(authentication.authenticate(ApiKeys.generate())));
  }

  @Test
  void aMalformedKeyIsRefusedWithoutALookup() {
    int before = fakes.tenants.hashLookups;
    for (String bad : new String[] {null, "", "short", "has spaces in it!", "x".repeat(200)}) {
      assertFalse(await(authentication.authenticate(bad)).isPresent());
    }
    assertEquals(before, fakes.tenants.hashLookups);
  }
}
