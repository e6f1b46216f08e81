package io.customerintel.adapters.graphql.wiring;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.customerintel.adapters.graphql.GlobalIds;
import io.customerintel.adapters.graphql.Loaders;
import io.customerintel.adapters.graphql.UseCases;
import io.customerintel.adapters.graphql.dto.CustomerConnectionDto;
import io.customerintel.adapters.graphql.export.ExportBatch;
import io.customerintel.adapters.graphql.dto.CustomerDto;
import io.customerintel.adapters.graphql.dto.EdgeDto;
import io.customerintel.adapters.graphql.dto.HealthModelDto;
import io.customerintel.adapters.graphql.dto.PageInfoDto;
import io.customerintel.application.ErrorCodes;
import io.customerintel.application.UseCaseException;
import io.customerintel.application.port.in.CustomerFilter;
import io.customerintel.application.port.in.FindCustomersUseCase;
import io.customerintel.application.port.in.PageArgs;
import io.customerintel.application.port.out.CustomerSort;
import io.customerintel.domain.conversation.ConversationGroup;
import io.customerintel.domain.customer.CustomerId;
import io.customerintel.domain.defection.DefectionId;
import io.customerintel.domain.health.HealthBand;
import io.customerintel.domain.health.QuietDefectorType;
import io.customerintel.domain.lifecycle.LifecycleStage;
import io.customerintel.domain.purchase.PurchaseId;
import io.customerintel.domain.survey.SurveyResponseId;
import io.customerintel.domain.tenure.TenureBand;
import io.customerintel.domain.value.ValueTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Query root: node lookup, customers, defection reasons. */
public final class QueryWiring {
  /** More ids than this in one nodes() call is refused; it is a page size, like connections. */
  static final int MAX_NODES = 100;

  private final UseCases useCases;

  public QueryWiring(UseCases useCases) {
    this.useCases = useCases;
  }

  public void wire(RuntimeWiring.Builder wiring) {
    wiring.type("Query", type -> type
        .dataFetcher("node", env -> node(env, env.getArgument("id")))
        .dataFetcher("nodes", this::nodes)
        .dataFetcher("customer", this::customer)
        .dataFetcher("customers", this::customers)
        .dataFetcher("defectionReasons", env -> useCases.defectionReasons()
            .defectionReasons(Fetchers.tenant(env)).toCompletableFuture())
        .dataFetcher("healthModel", env -> useCases.healthModel().current(Fetchers.tenant(env))
            .thenApply(HealthModelDto::of).toCompletableFuture()));
    wiring.type("CustomerConnection", type -> type.dataFetcher("totalCount", env -> {
      CustomerConnectionDto connection = env.getSource();
      return useCases.customers().count(Fetchers.tenant(env), connection.filter()).toCompletableFuture();
    }));
  }

  private CompletableFuture<Object> node(DataFetchingEnvironment env, String globalId) {
    GlobalIds.Decoded id = GlobalIds.decode(globalId);
    switch (id.type()) {
      case GlobalIds.CUSTOMER:
        return Fetchers.<CustomerId, Object>loader(env, Loaders.CUSTOMERS).load(new CustomerId(id.id()));
      case GlobalIds.DEFECTION:
        return Fetchers.<DefectionId, Object>loader(env, Loaders.DEFECTIONS).load(new DefectionId(id.id()));
      case GlobalIds.PURCHASE:
        return Fetchers.<PurchaseId, Object>loader(env, Loaders.PURCHASES).load(new PurchaseId(id.id()));
      case GlobalIds.API_KEY:
        return ApiKeyWiring.node(useCases, env, id.id());
      case GlobalIds.CANCELLATION_REQUEST:
        return SaveDeskWiring.node(useCases, env, id.id());
      case GlobalIds.LOSS_REVIEW_CALL:
        return LossReviewWiring.node(useCases, env, id.id());
      case GlobalIds.REVIEW_ISSUE:
        return ReviewIssueWiring.node(useCases, env, id.id());
      case GlobalIds.BULK_EXPORT:
        return BulkExportWiring.node(useCases, env, id.id());
      default:
        return Fetchers.<SurveyResponseId, Object>loader(env, Loaders.RESPONSES).load(new SurveyResponseId(id.id()));
    }
  }

  private CompletableFuture<List<Object>> nodes(DataFetchingEnvironment env) {
    List<String> ids = env.getArgument("ids");
    if (ids.size() > MAX_NODES) {
      throw new UseCaseException(ErrorCodes.BAD_USER_INPUT,
          "nodes takes at most " + MAX_NODES + " ids", Map.of("argument", "ids", "max", MAX_NODES));
    }
    List<CompletableFuture<Object>> loads = new ArrayList<>();
    for (String id : ids) {
      loads.add(node(env, id));
    }
    return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
        .thenApply(done -> loads.stream().map(CompletableFuture::join).toList());
  }

  private CompletableFuture<CustomerDto> customer(DataFetchingEnvironment env) {
    return useCases.customers().byExternalId(Fetchers.tenant(env), env.getArgument("externalId"))
        .thenApply(found -> found.map(CustomerDto::of).orElse(null)).toCompletableFuture();
  }

  private CompletableFuture<CustomerConnectionDto> customers(DataFetchingEnvironment env) {
    CustomerFilter filter = filter(env.getArgument("filter"));
    ExportBatch batch = env.getGraphQlContext().get(ExportBatch.KEY);
    if (batch != null) {
      // a bulk export renders customers it read itself; no cursors, page info or count are selectable there
      List<CustomerDto> nodes = batch.customers().stream().map(CustomerDto::of).toList();
      List<EdgeDto<CustomerDto>> edges = nodes.stream().map(node -> new EdgeDto<>("", node)).toList();
      return CompletableFuture.completedFuture(new CustomerConnectionDto(edges, nodes, null, filter));
    }
    FindCustomersUseCase.Query query = new FindCustomersUseCase.Query(Fetchers.tenant(env), filter,
        sort(env.getArgument("orderBy")), PageArgs.of(env.getArgument("first"), env.getArgument("after")));
    return useCases.customers().list(query).thenApply(page -> {
      List<EdgeDto<CustomerDto>> edges = page.edges().stream()
          .map(edge -> new EdgeDto<>(edge.cursor(), CustomerDto.of(edge.node()))).toList();
      return new CustomerConnectionDto(edges, edges.stream().map(EdgeDto::node).toList(), PageInfoDto.of(page), filter);
    }).toCompletableFuture();
  }

  /** The filter argument as the use cases take it; null: everyone. */
  public static CustomerFilter filter(Map<String, Object> filter) {
    if (filter == null) {
      return CustomerFilter.ALL;
    }
    return new CustomerFilter(Fetchers.enums(filter.get("lifecycleStages"), LifecycleStage.class),
        Fetchers.enums(filter.get("valueTiers"), ValueTier.class),
        Fetchers.enums(filter.get("tenureBands"), TenureBand.class),
        Fetchers.enums(filter.get("healthBands"), HealthBand.class),
        Fetchers.enums(filter.get("quietDefectorTypes"), QuietDefectorType.class),
        Fetchers.enumValue(filter.get("conversationGroup"), ConversationGroup.class));
  }

  /** The orderBy argument as the use cases take it; null: the default order. */
  public static CustomerSort sort(Map<String, Object> orderBy) {
    if (orderBy == null) {
      return null;
    }
    return new CustomerSort(Fetchers.enumValue(orderBy.get("field"), CustomerSort.Field.class),
        "DESC".equals(String.valueOf(orderBy.get("direction"))));
  }
}
