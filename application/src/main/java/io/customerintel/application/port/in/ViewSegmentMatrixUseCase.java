package io.customerintel.application.port.in;

import io.customerintel.domain.analytics.SegmentMatrix;
import java.util.concurrent.CompletionStage;

/** The tenant's customers by value tier and tenure band, with how many of each segment are at risk or lost today. */
public interface ViewSegmentMatrixUseCase {
  CompletionStage<SegmentMatrix> segmentMatrix(AuthenticatedTenant tenant);
}
