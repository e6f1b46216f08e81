package io.customerintel.adapters.postgres;

import static io.customerintel.adapters.postgres.PgFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import io.customerintel.domain.tenant.Tenant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ScratchDatabase.class)
class DefectionReasonRepositoryTest {
  private final PostgresAdapters adapters = PgFixture.adapters();

  @Test
  void definingAReasonAddsItOrRedefinesTheTenantsOwn() {
    Tenant tenant = PgFixture.newTenant(adapters);
    Tenant other = PgFixture.newTenant(adapters);
    DefectionReason late = new DefectionReason("LATE_DELIVERY", "Late delivery", DefectionCategory.SERVICE_QUALITY, true);
    DefectionReason relabeled = new DefectionReason("OTHER", "Something else", DefectionCategory.OTHER, true);

    assertEquals(late, await(adapters.defectionReasons().define(tenant.id(), late)));
    assertEquals(relabeled, await(adapters.defectionReasons().define(tenant.id(), relabeled)));

    List<DefectionReason> all = await(adapters.defectionReasons().all(tenant.id()));
    assertEquals(DefaultDefectionReasons.ALL.size() + 1, all.size());
    assertTrue(all.contains(late));
    assertTrue(all.contains(relabeled));
    List<DefectionReason> others = await(adapters.defectionReasons().all(other.id()));
    assertEquals(DefaultDefectionReasons.ALL.size(), others.size());
    assertTrue(others.stream().noneMatch(r -> r.code().equals("LATE_DELIVERY")));
    assertTrue(others.stream().anyMatch(r -> r.code().equals("OTHER") && r.label().equals("Other")));
  }
}
