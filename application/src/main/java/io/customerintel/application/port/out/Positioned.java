package io.customerintel.application.port.out;

/** A listed item together with its position, from which the next page continues. */
public record Positioned<T, P>(T item, P position) {}
