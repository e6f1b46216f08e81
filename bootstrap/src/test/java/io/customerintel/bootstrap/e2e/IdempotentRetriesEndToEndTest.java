package io.customerintel.bootstrap.e2e;

import static io.customerintel.bootstrap.e2e.Fixtures.DEFECTION;
import static io.customerintel.bootstrap.e2e.Fixtures.PURCHASES;
import static io.customerintel.bootstrap.e2e.Fixtures.SURVEYS;
import static io.customerintel.bootstrap.e2e.Fixtures.UPSERT;
import static io.customerintel.bootstrap.e2e.Fixtures.customer;
import static io.customerintel.bootstrap.e2e.Fixtures.customerWithPurchases;
import static io.customerintel.bootstrap.e2e.Fixtures.defection;
import static io.customerintel.bootstrap.e2e.Fixtures.in;
import static io.customerintel.bootstrap.e2e.Fixtures.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.customerintel.adapters.postgres.testing.ScratchDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every ingestion mutation sent twice over HTTP stores its effect once and answers the same ids (docs/idempotency.md):
 * by a natural key, or by the idempotencyKey where one is needed; the key reused with another payload is refused.
 */
@ExtendWith({ScratchDatabase.class, TestServer.class})
class IdempotentRetriesEndToEndTest {
  private static final String KEYED_DEFECTION = "mutation($in:DefectionInput!){recordDefection(input:$in){"
      + "defection{id detail} userErrors{field code message}}}";
  private static final String FOLLOW_UP = "mutation($in:FollowUpInput!){recordFollowUp(input:$in){"
      + "followUp{at by notes customer{externalId}} userErrors{field code message}}}";
  private static final String CANCEL = "mutation($c:String!,$r:String!,$at:DateTime!,$k:String){requestCancellation("
      + "customerExternalId:$c,reasonCode:$r,requestedAt:$at,idempotencyKey:$k){cancellationRequest{id status}"
      + " userErrors{field code message}}}";
  private static final String ATTEMPT = "mutation($id:ID!,$o:SaveOutcome!,$n:String){recordSaveAttempt(requestId:$id,"
      + "outcome:$o,notes:$n){cancellationRequest{id status attempts{outcome notes}} userErrors{field code message}}}";
  private static final String WIN_BACK = "mutation($in:WinBackAttemptInput!){recordWinBackAttempt(input:$in){"
      + "attempt{channel outcome notes attemptedAt customer{externalId}} userErrors{field code message}}}";
  private static final String REASON = "mutation($c:String!,$l:String!){defineDefectionReason(code:$c,label:$l,"
      + "category:PRODUCT_FIT,avoidable:true){reason{code label} userErrors{field code message}}}";
  private static final String START = "mutation($m:String!){startLossReview(month:$m){lossReview{month startedAt}"
      + " userErrors{field code}}}";
  private static final String ASSIGN = "mutation($m:String!){assignLossReviewCalls(month:$m,executives:[\"ann\"],"
      + "callsPerExecutive:50){calls{id customer{externalId}} userErrors{field code}}}";
  private static final String OUTCOME = "mutation($id:ID!,$n:String){recordCallOutcome(callId:$id,reached:true,"
      + "confirmedReasonCode:\"TOO_EXPENSIVE\",wouldConsiderReturning:false,notes:$n){call{id status"
      + " outcome{notes recordedAt}} userErrors{field code message}}}";
  private static final String RAISE = "mutation($m:String!,$t:String!,$o:String!){raiseReviewIssue(month:$m,title:$t,"
      + "reasonCodes:[\"POOR_SERVICE\"],priority:HIGH,owner:$o){issue{id owner} userErrors{field code message}}}";
  private static final String UPDATE = "mutation($id:ID!,$s:ReviewIssueStatus!,$n:String,$k:String){updateReviewIssue("
      + "id:$id,status:$s,progressNote:$n,idempotencyKey:$k){issue{id status history{status note}}"
      + " userErrors{field code message}}}";

  private static final String KEYED_UPSERT = "mutation($in:[CustomerInput!]!,$k:String){upsertCustomers(input:$in,"
      + "idempotencyKey:$k){upserted userErrors{index field code message}}}";
  private static final String KEYED_SURVEYS = "mutation($in:[SurveyResponseInput!]!,$k:String){recordSurveyResponses("
      + "input:$in,idempotencyKey:$k){recorded userErrors{index field code message}}}";

  private static GraphQLClient api;

  @BeforeAll
  static void tenant() {
    api = new GraphQLClient(TestServer.newTenantKey());
  }

  /** A customer external id no other test class uses, so SQL counts see this test's rows only. */
  private static String fresh(String what) {
    return what + "-" + UUID.randomUUID();
  }

  private static long count(String sql, Object... args) {
    try {
      return ScratchDatabase.pool().preparedQuery(sql).execute(Tuple.from(args))
          .await(10, TimeUnit.SECONDS).iterator().next().getLong(0);
    } catch (TimeoutException e) {
      throw new AssertionError("no count in 10 s: " + sql, e);
    }
  }

  private static long defectionsOf(String customer) {
    return count("select count(*) from defection d join customer c on c.id = d.customer_id where c.external_id = $1",
        customer);
  }

  private static List<String> codes(JsonObject payload) {
    List<String> codes = new ArrayList<>();
    payload.getJsonArray("userErrors").forEach(e -> codes.add(((JsonObject) e).getString("code")));
    return codes;
  }

  private static JsonObject accepted(JsonObject payload) {
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), payload.encode());
    return payload;
  }

  @Test
  void upsertingTheSameCustomersTwiceKeepsOneOfEach() {
    String id = fresh("upsert");
    JsonObject batch = in(new JsonArray().add(customer(id).put("name", "Ann")));
    JsonObject first = api.ok(UPSERT, batch).getJsonObject("upsertCustomers");
    assertEquals(first, api.ok(UPSERT, batch).getJsonObject("upsertCustomers"));
    assertEquals(1, count("select count(*) from customer where external_id = $1", id));
  }

  @Test
  void aCustomerBatchRetriedLateWithItsKeyDoesNotUndoALaterChange() {
    String id = fresh("renamed");
    JsonObject batch = in(new JsonArray().add(customer(id).put("name", "Ann"))).put("k", "customers-1");
    JsonObject first = accepted(api.ok(KEYED_UPSERT, batch).getJsonObject("upsertCustomers"));
    accepted(api.ok(UPSERT, in(new JsonArray().add(customer(id).put("name", "Bea")))).getJsonObject("upsertCustomers"));
    assertEquals(first, api.ok(KEYED_UPSERT, batch).getJsonObject("upsertCustomers"));
    assertEquals("Bea", api.ok("query($id:String!){customer(externalId:$id){name}}", new JsonObject().put("id", id))
        .getJsonObject("customer").getString("name"));

    JsonObject reused = api.ok(KEYED_UPSERT, in(new JsonArray().add(customer(id).put("name", "Cy")))
        .put("k", "customers-1")).getJsonObject("upsertCustomers");
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(reused));
    assertEquals(0, reused.getInteger("upserted"));
    assertEquals(List.of("INVALID_IDEMPOTENCY_KEY"), codes(api.ok(KEYED_UPSERT, in(new JsonArray()
        .add(customer(fresh("never")))).put("k", "")).getJsonObject("upsertCustomers")));
    assertEquals(1, count("select count(*) from customer where external_id = $1", id));
  }

  @Test
  void aSurveyBatchRetriedLateWithItsKeyDoesNotUndoALaterAnswer() {
    String id = fresh("answered");
    customerWithPurchases(api, id, "10");
    JsonObject answer = new JsonObject().put("customerExternalId", id).put("surveyId", "s1")
        .put("sentAt", "2026-06-01T12:00:00Z").put("respondedAt", "2026-06-02T12:00:00Z");
    JsonObject batch = in(new JsonArray().add(answer.copy().put("satisfied", true))).put("k", "surveys-1");
    JsonObject first = accepted(api.ok(KEYED_SURVEYS, batch).getJsonObject("recordSurveyResponses"));
    accepted(api.ok(SURVEYS, in(new JsonArray().add(answer.copy().put("satisfied", false))))
        .getJsonObject("recordSurveyResponses"));
    assertEquals(first, api.ok(KEYED_SURVEYS, batch).getJsonObject("recordSurveyResponses"));
    assertEquals(1, count("select count(*) from survey_response r join customer c on c.id = r.customer_id"
        + " where c.external_id = $1 and r.satisfied = false", id));
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(api.ok(KEYED_SURVEYS,
        in(new JsonArray().add(answer.copy().put("comment", "fine"))).put("k", "surveys-1"))
        .getJsonObject("recordSurveyResponses")));
  }

  @Test
  void resendingPurchasesCountsThemAsDuplicatesAndStoresThemOnce() {
    String id = fresh("buyer");
    customerWithPurchases(api, id, "10");
    JsonObject batch = in(new JsonArray().add(purchase(id, id + "-p", "2026-06-01T12:00:00Z", "10")));
    assertEquals(1, api.ok(PURCHASES, batch).getJsonObject("recordPurchases").getInteger("recorded"));
    JsonObject again = api.ok(PURCHASES, batch).getJsonObject("recordPurchases");
    assertEquals(0, again.getInteger("recorded"));
    assertEquals(1, again.getInteger("duplicates"));
    assertEquals(1, count("select count(*) from purchase where external_id = $1", id + "-p"));
  }

  @Test
  void resendingSurveyResponsesKeepsOnePerCustomerAndSurvey() {
    String id = fresh("surveyed");
    customerWithPurchases(api, id, "10");
    JsonObject batch = in(new JsonArray().add(new JsonObject().put("customerExternalId", id).put("surveyId", "s1")
        .put("sentAt", "2026-06-01T12:00:00Z").put("respondedAt", "2026-06-02T12:00:00Z").put("satisfied", true)));
    JsonObject first = accepted(api.ok(SURVEYS, batch).getJsonObject("recordSurveyResponses"));
    assertEquals(first, api.ok(SURVEYS, batch).getJsonObject("recordSurveyResponses"));
    assertEquals(1, count("select count(*) from survey_response r join customer c on c.id = r.customer_id"
        + " where c.external_id = $1", id));
  }

  @Test
  void aDefectionSentAgainWithoutAKeyIsTheStoredOne() {
    String id = fresh("left");
    customerWithPurchases(api, id, "10", "2026-05-01");
    JsonObject input = in(defection(id, "2026-06-01T12:00:00Z", "TOO_EXPENSIVE"));
    JsonObject first = accepted(api.ok(DEFECTION, input).getJsonObject("recordDefection"));
    assertEquals(first, api.ok(DEFECTION, input).getJsonObject("recordDefection"));
    assertEquals(1, defectionsOf(id));
  }

  @Test
  void aDefectionRetriedWithItsKeyIsStoredOnceAndTheKeyWithOtherFieldsIsAConflict() {
    String id = fresh("left-keyed");
    customerWithPurchases(api, id, "10", "2026-05-01");
    JsonObject input = defection(id, "2026-06-01T12:00:00Z", "TOO_EXPENSIVE").put("detail", "price rise")
        .put("idempotencyKey", "defection-1");
    JsonObject first = accepted(api.ok(KEYED_DEFECTION, in(input)).getJsonObject("recordDefection"));
    assertEquals(first, api.ok(KEYED_DEFECTION, in(input)).getJsonObject("recordDefection"));

    JsonObject reused = api.ok(KEYED_DEFECTION, in(input.copy().put("occurredAt", "2026-06-02T12:00:00Z")))
        .getJsonObject("recordDefection");
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(reused));
    assertEquals("idempotencyKey", reused.getJsonArray("userErrors").getJsonObject(0).getJsonArray("field")
        .getString(0));
    assertNull(reused.getValue("defection"));
    assertEquals(1, defectionsOf(id));
  }

  @Test
  void theSameKeyNamesAnotherWriteOnAnotherMutationOrTenant() {
    String id = fresh("scoped");
    customerWithPurchases(api, id, "10", "2026-05-01");
    accepted(api.ok(KEYED_DEFECTION, in(defection(id, "2026-06-01T12:00:00Z", "TOO_EXPENSIVE")
        .put("idempotencyKey", "shared"))).getJsonObject("recordDefection"));
    accepted(api.ok(FOLLOW_UP, in(new JsonObject().put("customerExternalId", id).put("at", "2026-06-03T10:00:00Z")
        .put("by", "ann").put("idempotencyKey", "shared"))).getJsonObject("recordFollowUp"));

    GraphQLClient other = new GraphQLClient(TestServer.newTenantKey());
    customerWithPurchases(other, id, "10", "2026-05-01");
    accepted(other.ok(KEYED_DEFECTION, in(defection(id, "2026-06-05T12:00:00Z", "POOR_SERVICE")
        .put("idempotencyKey", "shared"))).getJsonObject("recordDefection"));
    assertEquals(2, defectionsOf(id));
  }

  @Test
  void aMalformedKeyIsRefusedAndNothingIsStored() {
    String id = fresh("bad-key");
    customerWithPurchases(api, id, "10", "2026-05-01");
    for (String key : List.of("", "   ", "x".repeat(256), "tab\there")) {
      JsonObject refused = api.ok(KEYED_DEFECTION, in(defection(id, "2026-06-01T12:00:00Z", "TOO_EXPENSIVE")
          .put("idempotencyKey", key))).getJsonObject("recordDefection");
      assertEquals(List.of("INVALID_IDEMPOTENCY_KEY"), codes(refused), key);
    }
    assertEquals(0, defectionsOf(id));
    JsonObject longest = api.ok(KEYED_DEFECTION, in(defection(id, "2026-06-01T12:00:00Z", "TOO_EXPENSIVE")
        .put("idempotencyKey", "é".repeat(255)))).getJsonObject("recordDefection");
    accepted(longest);
  }

  @Test
  void aFollowUpRetriedWithItsKeyIsStoredOnceAndTheKeyWithOtherNotesIsAConflict() {
    String id = fresh("followed");
    customerWithPurchases(api, id, "10", "2026-05-01");
    JsonObject input = new JsonObject().put("customerExternalId", id).put("at", "2026-06-03T10:00:00Z")
        .put("by", "ann").put("notes", "called back").put("idempotencyKey", "follow-up-1");
    JsonObject first = accepted(api.ok(FOLLOW_UP, in(input)).getJsonObject("recordFollowUp"));
    assertEquals(first, api.ok(FOLLOW_UP, in(input)).getJsonObject("recordFollowUp"));
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(api.ok(FOLLOW_UP, in(input.copy().put("notes", "emailed")))
        .getJsonObject("recordFollowUp")));
    assertEquals(1, count("select count(*) from follow_up f join customer c on c.id = f.customer_id"
        + " where c.external_id = $1", id));
  }

  @Test
  void aCancellationRequestRetriedWithItsKeyIsOneRequestAndTheKeyWithAnotherReasonIsAConflict() {
    String id = fresh("cancels");
    customerWithPurchases(api, id, "10", "2026-05-01");
    JsonObject args = new JsonObject().put("c", id).put("r", "TOO_EXPENSIVE").put("at", "2026-06-10T09:00:00Z")
        .put("k", "cancel-1");
    JsonObject first = accepted(api.ok(CANCEL, args).getJsonObject("requestCancellation"));
    assertEquals(first, api.ok(CANCEL, args).getJsonObject("requestCancellation"));
    assertEquals(first, api.ok(CANCEL, args.copy().put("k", null)).getJsonObject("requestCancellation"));
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(api.ok(CANCEL, args.copy().put("r", "POOR_SERVICE"))
        .getJsonObject("requestCancellation")));
    assertEquals(1, count("select count(*) from cancellation_request r join customer c on c.id = r.customer_id"
        + " where c.external_id = $1", id));
  }

  @Test
  void aLostSaveAttemptSentTwiceClosesTheRequestOnceWithOneDefection() {
    String id = fresh("lost");
    customerWithPurchases(api, id, "10", "2026-05-01");
    String request = accepted(api.ok(CANCEL, new JsonObject().put("c", id).put("r", "TOO_EXPENSIVE")
        .put("at", "2026-06-10T09:00:00Z")).getJsonObject("requestCancellation"))
        .getJsonObject("cancellationRequest").getString("id");
    JsonObject args = new JsonObject().put("id", request).put("o", "LOST").put("n", "gone");
    JsonObject first = accepted(api.ok(ATTEMPT, args).getJsonObject("recordSaveAttempt"));
    assertEquals(first, api.ok(ATTEMPT, args).getJsonObject("recordSaveAttempt"));
    assertEquals(List.of("ALREADY_CLOSED"), codes(api.ok(ATTEMPT, args.copy().put("n", "other"))
        .getJsonObject("recordSaveAttempt")));
    assertEquals(1, defectionsOf(id));
  }

  @Test
  void aWinBackAttemptSentTwiceIsOneAndAnotherOutcomeAtTheSameTimeIsAConflict() {
    String id = fresh("prospect");
    accepted(api.ok(UPSERT, in(new JsonArray().add(customer(id).put("firstSeenAt", "2026-01-10T09:00:00Z"))))
        .getJsonObject("upsertCustomers"));
    JsonObject input = new JsonObject().put("customerExternalId", id).put("channel", "EMAIL")
        .put("outcome", "NO_RESPONSE").put("attemptedAt", "2026-06-10T09:00:00Z");
    JsonObject first = accepted(api.ok(WIN_BACK, in(input)).getJsonObject("recordWinBackAttempt"));
    assertEquals(first, api.ok(WIN_BACK, in(input)).getJsonObject("recordWinBackAttempt"));
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(api.ok(WIN_BACK, in(input.copy().put("outcome", "DECLINED")))
        .getJsonObject("recordWinBackAttempt")));
    assertEquals(1, count("select count(*) from win_back_attempt a join customer c on c.id = a.customer_id"
        + " where c.external_id = $1", id));
  }

  @Test
  void definingAReasonTwiceKeepsOneReason() {
    JsonObject args = new JsonObject().put("c", "LATE_DELIVERY_" + Math.abs(UUID.randomUUID().hashCode()))
        .put("l", "Deliveries came late");
    JsonObject first = accepted(api.ok(REASON, args).getJsonObject("defineDefectionReason"));
    assertEquals(first, api.ok(REASON, args).getJsonObject("defineDefectionReason"));
    assertEquals(1, count("select count(*) from defection_reason where code = $1", args.getString("c")));
  }

  @Test
  void theLossReviewOfAMonthIsStartedOnceItsCallOutcomeRecordedOnceAndItsIssueRaisedOnce() {
    String id = fresh("called");
    customerWithPurchases(api, id, "10", "2026-04-01");
    accepted(api.ok(DEFECTION, in(defection(id, "2026-02-03T12:00:00Z", "POOR_SERVICE")))
        .getJsonObject("recordDefection"));
    JsonObject started = accepted(api.ok(START, new JsonObject().put("m", "2026-02")).getJsonObject("startLossReview"));
    assertEquals(started, api.ok(START, new JsonObject().put("m", "2026-02")).getJsonObject("startLossReview"));

    String call = api.ok(ASSIGN, new JsonObject().put("m", "2026-02")).getJsonObject("assignLossReviewCalls")
        .getJsonArray("calls").stream().map(JsonObject.class::cast)
        .filter(c -> c.getJsonObject("customer").getString("externalId").equals(id))
        .findFirst().orElseThrow().getString("id");
    JsonObject outcome = new JsonObject().put("id", call).put("n", "too dear");
    JsonObject first = accepted(api.ok(OUTCOME, outcome).getJsonObject("recordCallOutcome"));
    assertEquals(first, api.ok(OUTCOME, outcome).getJsonObject("recordCallOutcome"));
    assertNotNull(first.getJsonObject("call").getJsonObject("outcome"));

    JsonObject raise = new JsonObject().put("m", "2026-02").put("t", fresh("Slow support")).put("o", "ann");
    JsonObject raised = accepted(api.ok(RAISE, raise).getJsonObject("raiseReviewIssue"));
    assertEquals(raised, api.ok(RAISE, raise).getJsonObject("raiseReviewIssue"));
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(api.ok(RAISE, raise.copy().put("o", "bob"))
        .getJsonObject("raiseReviewIssue")));
    assertEquals(1, count("select count(*) from review_issue where title = $1", raise.getString("t")));
  }

  @Test
  void aProgressNoteRetriedWithItsKeyAfterAnotherUpdateIsNotAddedTwice() {
    accepted(api.ok(START, new JsonObject().put("m", "2026-03")).getJsonObject("startLossReview"));
    String issue = accepted(api.ok(RAISE, new JsonObject().put("m", "2026-03").put("t", fresh("Late parcels"))
        .put("o", "ann")).getJsonObject("raiseReviewIssue")).getJsonObject("issue").getString("id");
    JsonObject note = new JsonObject().put("id", issue).put("s", "IN_PROGRESS").put("n", "courier called")
        .put("k", "note-1");
    accepted(api.ok(UPDATE, note).getJsonObject("updateReviewIssue"));
    accepted(api.ok(UPDATE, note.copy().put("n", "new courier").put("k", "note-2")).getJsonObject("updateReviewIssue"));
    // the first note's retry arrives late, after another update: the key, not the latest entry, names it
    JsonObject retried = accepted(api.ok(UPDATE, note).getJsonObject("updateReviewIssue"));
    assertEquals(List.of("OPEN", "IN_PROGRESS", "IN_PROGRESS"), retried.getJsonObject("issue")
        .getJsonArray("history").stream().map(e -> ((JsonObject) e).getString("status")).toList());
    assertEquals(List.of("IDEMPOTENCY_CONFLICT"), codes(api.ok(UPDATE, note.copy().put("s", "RESOLVED"))
        .getJsonObject("updateReviewIssue")));

    JsonObject resolve = new JsonObject().put("id", issue).put("s", "RESOLVED").put("k", "note-3");
    JsonObject resolved = accepted(api.ok(UPDATE, resolve).getJsonObject("updateReviewIssue"));
    assertEquals(resolved, api.ok(UPDATE, resolve).getJsonObject("updateReviewIssue"));
    assertEquals(List.of("ALREADY_CLOSED"), codes(api.ok(UPDATE, resolve.copy().put("k", "note-4"))
        .getJsonObject("updateReviewIssue")));
    assertEquals(4, resolved.getJsonObject("issue").getJsonArray("history").size());
  }
}
