package io.customerintel.adapters.graphql.limits;

import graphql.parser.ParserOptions;

/**
 * The static limits every operation must keep before it runs (docs/limits.md).
 *
 * @param maxCost               highest calculated cost of one operation
 * @param maxDepth              deepest field nesting, introspection aside
 * @param maxAliases            aliases in one document
 * @param maxDirectivesPerField directives on one field (or fragment, operation, variable)
 * @param maxTokens             grammar tokens the parser reads before it gives up; also the most fields an operation
 *                              may expand to through its fragments
 * @param maxCharacters         characters the parser reads before it gives up
 * @param mutationCost          fixed cost of each mutation field, on top of its selected payload
 */
public record QueryLimits(int maxCost, int maxDepth, int maxAliases, int maxDirectivesPerField, int maxTokens,
                          int maxCharacters, int mutationCost) {

  public static final int DEFAULT_MAX_COST = 1_000;
  public static final int DEFAULT_MAX_DEPTH = 12;
  public static final int DEFAULT_MAX_ALIASES = 30;
  public static final int DEFAULT_MAX_DIRECTIVES_PER_FIELD = 5;
  public static final int DEFAULT_MAX_TOKENS = 2_000;
  public static final int DEFAULT_MAX_CHARACTERS = 20_000;
  public static final int DEFAULT_MUTATION_COST = 10;

  public QueryLimits {
    if (maxCost < 1 || maxDepth < 1 || maxTokens < 1 || maxCharacters < 1) {
      throw new IllegalArgumentException("maxCost, maxDepth, maxTokens and maxCharacters must be positive");
    }
    if (maxAliases < 0 || maxDirectivesPerField < 0 || mutationCost < 0) {
      throw new IllegalArgumentException("maxAliases, maxDirectivesPerField and mutationCost must not be negative");
    }
  }

  public static QueryLimits defaults() {
    return new QueryLimits(DEFAULT_MAX_COST, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ALIASES, DEFAULT_MAX_DIRECTIVES_PER_FIELD,
        DEFAULT_MAX_TOKENS, DEFAULT_MAX_CHARACTERS, DEFAULT_MUTATION_COST);
  }

  /** graphql-java's operation parser options with these token and character limits, for analysis and execution. */
  public ParserOptions parserOptions() {
    return ParserOptions.getDefaultOperationParserOptions()
        .transform(options -> options.maxTokens(maxTokens).maxCharacters(maxCharacters));
  }
}
