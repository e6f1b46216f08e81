package io.customerintel.adapters.graphql.dto;

import io.customerintel.application.port.in.Connection;
import io.customerintel.application.port.in.Page;
import java.util.List;
import java.util.function.Function;

/** A Relay connection whose total is already known. */
public record ConnectionDto<T>(List<EdgeDto<T>> edges, List<T> nodes, PageInfoDto pageInfo, long totalCount) {

  public static <S, T> ConnectionDto<T> of(Connection<S> connection, Function<S, T> mapper) {
    Page<S> page = connection.page();
    List<EdgeDto<T>> edges = page.edges().stream().map(e -> new EdgeDto<>(e.cursor(), mapper.apply(e.node()))).toList();
    return new ConnectionDto<>(edges, edges.stream().map(EdgeDto::node).toList(), PageInfoDto.of(page),
        connection.totalCount());
  }
}
