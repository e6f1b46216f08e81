package io.customerintel.application.service;

import static io.customerintel.application.fakes.Fakes.TENANT_ID;
import static io.customerintel.application.fakes.Fakes.await;
import static io.customerintel.application.fakes.Fakes.tenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.application.fakes.Fakes;
import io.customerintel.application.port.in.DefineDefectionReasonUseCase.Command;
import io.customerintel.application.port.in.DefineDefectionReasonUseCase.Result;
import io.customerintel.application.port.in.UserError;
import io.customerintel.domain.defection.DefaultDefectionReasons;
import io.customerintel.domain.defection.DefectionCategory;
import io.customerintel.domain.defection.DefectionReason;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DefectionReasonServiceTest {
  Fakes fakes;
  DefectionReasonService service;

  @BeforeEach
  void setUp() {
    fakes = new Fakes();
    service = new DefectionReasonService(fakes.reasons, fakes.changes);
  }

  Result define(String code, String label, DefectionCategory category, boolean avoidable) {
    return await(service.defineDefectionReason(new Command(tenant(), code, label, category, avoidable)));
  }

  @Test
  void theDefaultReasonsAreListedByCode() {
    List<String> codes = await(service.defectionReasons(tenant())).stream().map(DefectionReason::code).toList();
    assertEquals(DefaultDefectionReasons.ALL.stream().map(DefectionReason::code).sorted().toList(), codes);
  }

  @Test
  void aTenantDefinesItsOwnReason() {
    Result result = define("LATE_DELIVERY", "Late delivery", DefectionCategory.SERVICE_QUALITY, true);
    DefectionReason expected = new DefectionReason("LATE_DELIVERY", "Late delivery", DefectionCategory.SERVICE_QUALITY, true);
    assertEquals(new Result(java.util.Optional.of(expected), List.of()), result);
    assertTrue(await(service.defectionReasons(tenant())).contains(expected));
  }

  @Test
  void aTenantRelabelsADefaultReason() {
    define("OTHER", "Something else", DefectionCategory.OTHER, false);
    List<DefectionReason> all = await(service.defectionReasons(tenant()));
    assertEquals(DefaultDefectionReasons.ALL.size(), all.size());
    assertTrue(all.contains(new DefectionReason("OTHER", "Something else", DefectionCategory.OTHER, false)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"late", "1LATE", "_LATE", "LATE-DELIVERY", "LATE DELIVERY",
      "A12345678901234567890123456789012345678901234567890123456789012345"})
  void aCodeThatIsNotAnUpperCaseIdentifierOfAtMost64CharactersIsRefused(String code) {
    assertInvalid(code, "INVALID_FORMAT");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {""})
  void aMissingCodeIsRequired(String code) {
    assertInvalid(code, "REQUIRED");
  }

  private void assertInvalid(String code, String expectedCode) {
    Result result = define(code, "Label", DefectionCategory.OTHER, false);
    assertEquals(List.of(expectedCode), result.userErrors().stream().map(UserError::code).toList());
    assertEquals(List.of("code"), result.userErrors().get(0).field());
    assertTrue(result.reason().isEmpty());
    assertTrue(fakes.reasons.defined.isEmpty());
  }

  @Test
  void aLabelIsRequiredAndAtMost200Characters() {
    assertEquals("REQUIRED", define("X", null, DefectionCategory.OTHER, false).userErrors().get(0).code());
    assertEquals("REQUIRED", define("X", "  ", DefectionCategory.OTHER, false).userErrors().get(0).code());
    Result tooLong = define("X", "l".repeat(201), DefectionCategory.OTHER, false);
    assertEquals(List.of("label"), tooLong.userErrors().get(0).field());
    assertEquals("TOO_LONG", tooLong.userErrors().get(0).code());
    assertEquals(List.of(), define("X", "l".repeat(200), DefectionCategory.OTHER, false).userErrors());
  }

  @Test
  void aCategoryIsRequired() {
    Result result = define("X", "Label", null, false);
    assertEquals(List.of(new UserError(null, List.of("category"), "category is required", "REQUIRED")),
        result.userErrors());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Result result = define("bad", "", null, false);
    assertEquals(List.of("code", "label", "category"), result.userErrors().stream().map(e -> e.field().get(0)).toList());
  }

  @Test
  void reasonsAreKeptPerTenant() {
    define("ONLY_OURS", "Ours", DefectionCategory.OTHER, false);
    assertTrue(fakes.store.reasons(Fakes.OTHER_TENANT_ID).stream().noneMatch(r -> r.code().equals("ONLY_OURS")));
    assertTrue(fakes.store.reasons(TENANT_ID).stream().anyMatch(r -> r.code().equals("ONLY_OURS")));
  }
}
