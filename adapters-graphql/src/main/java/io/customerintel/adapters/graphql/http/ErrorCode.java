package io.customerintel.adapters.graphql.http;

/** The stable {@code extensions.code} values the transport puts on errors; clients branch on these, not on messages. */
public enum ErrorCode {
  BAD_REQUEST,
  BATCH_NOT_SUPPORTED,
  UNAUTHENTICATED,
  /** The API key lacks a scope the operation needs (HTTP 403), or a browser origin is not allowed. */
  FORBIDDEN,
  METHOD_NOT_ALLOWED,
  PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE,
  NOT_FOUND,
  /** A hash-only request whose document is not registered: Apollo clients then retry with the query text. */
  PERSISTED_QUERY_NOT_FOUND,
  /** The query and the {@code sha256Hash} sent with it do not agree. */
  PERSISTED_QUERY_HASH_MISMATCH,
  /** An {@code extensions.persistedQuery} of a protocol version other than 1. */
  PERSISTED_QUERY_VERSION_NOT_SUPPORTED,
  /** A key restricted to persisted queries sent a document that is not registered. */
  PERSISTED_QUERY_REQUIRED,
  INTERNAL_ERROR,
  /** The database cannot be reached (HTTP 503 with Retry-After); retrying the same request is safe. */
  DATABASE_UNAVAILABLE,
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
