package io.customerintel.adapters.graphql.dto;

/** A Relay edge. */
public record EdgeDto<T>(String cursor, T node) {}
