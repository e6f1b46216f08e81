package io.customerintel.adapters.graphql.dto;

import io.customerintel.application.port.in.CustomerFilter;
import java.util.List;

/** A page of customers; the total is counted only when a client asks for it. */
public record CustomerConnectionDto(List<EdgeDto<CustomerDto>> edges, List<CustomerDto> nodes, PageInfoDto pageInfo,
                                    CustomerFilter filter) {}
