package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import io.customerintel.adapters.graphql.http.RequestKeys;
import io.customerintel.application.port.in.AuthenticatedTenant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dataloader.DataLoader;

/** Small helpers shared by the wiring classes: the request's tenant, loaders and enum arguments. */
final class Fetchers {
  private Fetchers() {}

  static AuthenticatedTenant tenant(DataFetchingEnvironment env) {
    return RequestKeys.tenant(env.getGraphQlContext());
  }

  static <K, V> DataLoader<K, V> loader(DataFetchingEnvironment env, String name) {
    DataLoader<K, V> loader = env.getDataLoader(name);
    if (loader == null) {
      throw new IllegalStateException("no data loader '" + name + "' in this request");
    }
    return loader;
  }

  /** Enum list arguments arrive as their names; null stays null (no criterion). */
  static <E extends Enum<E>> Set<E> enums(Object names, Class<E> type) {
    if (names == null) {
      return null;
    }
    Set<E> values = EnumSet.noneOf(type);
    for (Object name : (Collection<?>) names) {
      values.add(Enum.valueOf(type, name.toString()));
    }
    return values;
  }

  static <E extends Enum<E>> E enumValue(Object name, Class<E> type) {
    return name == null ? null : Enum.valueOf(type, name.toString());
  }

  @SuppressWarnings("unchecked")
  static List<java.util.Map<String, Object>> inputList(DataFetchingEnvironment env) {
    Object input = env.getArgument("input");
    return input == null ? null : new ArrayList<>((List<java.util.Map<String, Object>>) input);
  }
}
