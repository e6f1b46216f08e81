package io.customerintel.adapters.graphql.http;

/** The stable {@code extensions.code} values the transport puts on errors; clients branch on these, not on messages. */
public enum ErrorCode {
  BAD_REQUEST,
  BATCH_NOT_SUPPORTED,
  UNAUTHENTICATED,
  METHOD_NOT_ALLOWED,
  PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE,
  NOT_FOUND,
  INTERNAL_ERROR,
  GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED,
  BAD_USER_INPUT,
  // limits and rate limits (docs/limits.md)
  MAX_COST_EXCEEDED,
  THROTTLED,
  MAX_DEPTH_EXCEEDED,
  MAX_ALIASES_EXCEEDED,
  MAX_DIRECTIVES_EXCEEDED,
  MAX_TOKENS_EXCEEDED,
  MAX_CHARACTERS_EXCEEDED,
  MAX_FIELDS_EXCEEDED,
  INTROSPECTION_LIMIT_EXCEEDED
}
