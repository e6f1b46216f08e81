package io.customerintel.adapters.graphql.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.customerintel.adapters.graphql.http.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each limit refuses with its own code and the figures to fix the request; broken documents are left to execution. */
class OperationAnalyzerTest {
  private final OperationAnalyzer analyzer = new OperationAnalyzer(Schemas.SERVED, QueryLimits.defaults());

  private Refusal refusal(String query, Map<String, Object> variables) {
    Analysis analysis = analyzer.analyze(query, null, variables);
    assertTrue(analysis.refused(), () -> "expected a refusal of " + query);
    return analysis.refusal();
  }

  private Refusal refusal(String query) {
    return refusal(query, Map.of());
  }

  @Test
  void anOperationOverTheMaximumCostIsRefusedWithItsCost() {
    Analysis analysis = analyzer.analyze("{customers(first: 50){nodes{purchases(first: 10){nodes{amount{amount}}}}}}",
        null, Map.of());

    assertEquals(ErrorCode.MAX_COST_EXCEEDED, analysis.refusal().code());
    assertEquals(Map.of("cost", 1152L, "maxCost", 1000L), analysis.refusal().details());
    assertEquals(1152, analysis.cost(), "the requested cost is reported");
  }

  @Test
  void aPageSizeOutsideOneToOneHundredIsBadUserInput() {
    for (String first : new String[] {"101", "0", "-1"}) {
      Refusal refusal = refusal("{customers(first: " + first + "){nodes{id}}}");
      assertEquals(ErrorCode.BAD_USER_INPUT, refusal.code());
      assertEquals(Map.of("argument", "first", "max", 100), refusal.details());
    }
    assertEquals(ErrorCode.BAD_USER_INPUT,
        refusal("query($n: Int){customer(externalId: \"x\"){purchases(first: $n){totalCount}}}", Map.of("n", 101))
            .code());
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    Refusal refusal = refusal(nested(13));
    assertEquals(ErrorCode.MAX_DEPTH_EXCEEDED, refusal.code());
    assertEquals(Map.of("depth", 13, "maxDepth", 12), refusal.details());
    assertFalse(analyzer.analyze(nested(12), null, Map.of()).refused());
  }

  /** customer → defection → customer → … with one field at the bottom: {@code levels} fields deep. */
  static String nested(int levels) {
    StringBuilder query = new StringBuilder("{customer(externalId: \"x\")");
    int open = 1;
    for (int level = 2; level < levels; level++) {
      query.append(level % 2 == 0 ? "{defection" : "{customer");
      open++;
    }
    query.append("{id}");
    return query.append("}".repeat(open)).toString();
  }

  @Test
  void moreAliasesThanTheLimitAreRefused() {
    Refusal refusal = refusal(aliases(31));
    assertEquals(ErrorCode.MAX_ALIASES_EXCEEDED, refusal.code());
    assertEquals(Map.of("aliases", 31, "maxAliases", 30), refusal.details());
    assertFalse(analyzer.analyze(aliases(30), null, Map.of()).refused());
  }

  static String aliases(int count) {
    StringBuilder query = new StringBuilder("{");
    for (int i = 0; i < count; i++) {
      query.append(" a").append(i).append(": __typename");
    }
    return query.append("}").toString();
  }

  @Test
  void moreDirectivesOnAFieldThanTheLimitAreRefusedBeforeValidation() {
    Refusal refusal = refusal("{__typename" + " @include(if: true)".repeat(6) + "}");
    assertEquals(ErrorCode.MAX_DIRECTIVES_EXCEEDED, refusal.code());
    assertEquals(Map.of("directives", 6, "maxDirectives", 5), refusal.details());
  }

  @Test
  void documentsOverTheParserLimitsAreRefusedByTheLimitTheyHit() {
    Refusal tokens = refusal("{" + " a".repeat(1_999) + "}");
    assertEquals(ErrorCode.MAX_TOKENS_EXCEEDED, tokens.code(), "2,001 tokens");
    assertEquals(Map.of("maxTokens", 2_000), tokens.details());

    Refusal characters = refusal("{__typename}" + " ".repeat(20_001 - 12));
    assertEquals(ErrorCode.MAX_CHARACTERS_EXCEEDED, characters.code());
    assertEquals(Map.of("maxCharacters", 20_000), characters.details());
  }

  @Test
  void fragmentsThatExpandToTooManyFieldsAreRefused() {
    // each fragment doubles the one before: 2^11 copies of the innermost selection from a few hundred characters
    StringBuilder document = new StringBuilder("{customer(externalId: \"x\"){...F11}}"
        + " fragment F0 on Customer {id}");
    for (int i = 1; i <= 11; i++) {
      document.append(" fragment F").append(i).append(" on Customer {defection{customer{...F").append(i - 1)
          .append("}} twin: defection{customer{...F").append(i - 1).append("}}}");
    }
    assertEquals(ErrorCode.MAX_FIELDS_EXCEEDED, refusal(document.toString()).code());
  }

  @Test
  void documentsThatDoNotParseOrValidateAreLeftToExecutionAtTheMinimumCost() {
    String[] brokenDocuments = {"{customers(", "{noSuchField}", "query($n: Int!){customers(first: $n){totalCount}}"};
    for (String broken : brokenDocuments) {
      Analysis analysis = analyzer.analyze(broken, null, Map.of());
      assertFalse(analysis.refused(), broken);
      assertEquals(Analysis.MINIMUM_COST, analysis.cost(), broken);
    }
    assertFalse(analyzer.analyze("query A {__typename}", "B", Map.of()).refused(), "an unknown operation name");
  }
}
