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
  INTERNAL_ERROR,
  GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED,
  BAD_USER_INPUT
}
