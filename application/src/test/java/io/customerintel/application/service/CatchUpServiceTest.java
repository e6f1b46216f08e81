package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.domain.tenant.Tenant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The background sweep catches every tenant up. */
class CatchUpServiceTest {
  @Test
  void everyTenantsCustomersAreJudgedBySweep() {
    Fakes fakes = new Fakes();
    Tenant acme = await(fakes.tenants.create("acme", Currency.getInstance("EUR"), ZoneOffset.UTC, new byte[] {1},
        List.of()));
    Tenant globex = await(fakes.tenants.create("globex", Currency.getInstance("USD"), ZoneOffset.UTC, new byte[] {2},
        List.of()));
    fakes.store.seedCustomer(acme.id(), "ann");
    fakes.store.seedCustomer(globex.id(), "bob");

    int tenants = await(new CatchUpService(fakes.tenants, fakes.catchUp, Fakes.CLOCK).catchUpAllTenants());

    assertEquals(2, tenants);
    assertEquals(2, fakes.catchUp.calls);
    assertNotNull(fakes.store.customer(acme.id(), "ann").orElseThrow().health());
    assertNotNull(fakes.store.customer(globex.id(), "bob").orElseThrow().health());
  }
}
