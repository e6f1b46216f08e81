package io.customerintel.adapters.graphql;

import io.customerintel.application.port.in.CustomerBaseModelsUseCase;
import io.customerintel.application.port.in.ForecastCustomersUseCase;
import io.customerintel.application.port.in.DefineDefectionReasonUseCase;
import io.customerintel.application.port.in.FindCustomersUseCase;
import io.customerintel.application.port.in.FindDefectionsUseCase;
import io.customerintel.application.port.in.HealthHistoryUseCase;
import io.customerintel.application.port.in.HealthModelUseCase;
import io.customerintel.application.port.in.ListDefectionReasonsUseCase;
import io.customerintel.application.port.in.ListOpenFollowUpsUseCase;
import io.customerintel.application.port.in.ListPurchasesUseCase;
import io.customerintel.application.port.in.ListSurveyResponsesUseCase;
import io.customerintel.application.port.in.ManageApiKeysUseCase;
import io.customerintel.application.port.in.RecordDefectionUseCase;
import io.customerintel.application.port.in.RecordFollowUpUseCase;
import io.customerintel.application.port.in.RecordPurchasesUseCase;
import io.customerintel.application.port.in.RecordSurveyResponsesUseCase;
import io.customerintel.application.port.in.UpsertCustomersUseCase;
import io.customerintel.application.port.in.ViewCustomerFlowUseCase;
import io.customerintel.application.port.in.ViewDefectionSummaryUseCase;
import io.customerintel.application.port.in.ViewSegmentMatrixUseCase;
import io.customerintel.application.port.in.FindCancellationRequestsUseCase;
import io.customerintel.application.port.in.RecordSaveAttemptUseCase;
import io.customerintel.application.port.in.RequestCancellationUseCase;
import io.customerintel.application.port.in.ViewSaveDeskStatsUseCase;
import io.customerintel.application.port.in.ViewSurveyEngagementUseCase;
import java.util.Objects;

/** The use cases the GraphQL API calls; the composition root fills it in. */
public record UseCases(
    UpsertCustomersUseCase upsertCustomers,
    RecordPurchasesUseCase recordPurchases,
    RecordSurveyResponsesUseCase recordSurveyResponses,
    RecordDefectionUseCase recordDefection,
    DefineDefectionReasonUseCase defineDefectionReason,
    ListDefectionReasonsUseCase defectionReasons,
    FindCustomersUseCase customers,
    FindDefectionsUseCase defections,
    ListPurchasesUseCase purchases,
    ListSurveyResponsesUseCase surveyResponses,
    RecordFollowUpUseCase recordFollowUp,
    HealthModelUseCase healthModel,
    HealthHistoryUseCase healthHistory,
    ViewSegmentMatrixUseCase segmentMatrix,
    ViewCustomerFlowUseCase customerFlow,
    ViewDefectionSummaryUseCase defectionSummary,
    CustomerBaseModelsUseCase customerBaseModels,
    ForecastCustomersUseCase forecasts,
    ManageApiKeysUseCase apiKeys,
    RequestCancellationUseCase requestCancellation,
    RecordSaveAttemptUseCase recordSaveAttempt,
    FindCancellationRequestsUseCase cancellationRequests,
    ViewSaveDeskStatsUseCase saveDeskStats,
    io.customerintel.application.port.in.FindWinBackCandidatesUseCase winBackCandidates,
    io.customerintel.application.port.in.WinBackAttemptsUseCase winBackAttempts,
    io.customerintel.application.port.in.WinBackReviewsUseCase winBackReviews,
    ListOpenFollowUpsUseCase openFollowUps,
    ViewSurveyEngagementUseCase surveyEngagement,
    io.customerintel.application.port.in.StartLossReviewUseCase startLossReview,
    io.customerintel.application.port.in.ViewLossReviewUseCase lossReview) {

  public UseCases {
    Objects.requireNonNull(upsertCustomers, "upsertCustomers");
    Objects.requireNonNull(recordPurchases, "recordPurchases");
    Objects.requireNonNull(recordSurveyResponses, "recordSurveyResponses");
    Objects.requireNonNull(recordDefection, "recordDefection");
    Objects.requireNonNull(defineDefectionReason, "defineDefectionReason");
    Objects.requireNonNull(defectionReasons, "defectionReasons");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(defections, "defections");
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(surveyResponses, "surveyResponses");
    Objects.requireNonNull(recordFollowUp, "recordFollowUp");
    Objects.requireNonNull(healthModel, "healthModel");
    Objects.requireNonNull(healthHistory, "healthHistory");
    Objects.requireNonNull(segmentMatrix, "segmentMatrix");
    Objects.requireNonNull(customerFlow, "customerFlow");
    Objects.requireNonNull(defectionSummary, "defectionSummary");
    Objects.requireNonNull(customerBaseModels, "customerBaseModels");
    Objects.requireNonNull(forecasts, "forecasts");
    Objects.requireNonNull(apiKeys, "apiKeys");
    Objects.requireNonNull(requestCancellation, "requestCancellation");
    Objects.requireNonNull(recordSaveAttempt, "recordSaveAttempt");
    Objects.requireNonNull(cancellationRequests, "cancellationRequests");
    Objects.requireNonNull(saveDeskStats, "saveDeskStats");
    Objects.requireNonNull(winBackCandidates, "winBackCandidates");
    Objects.requireNonNull(winBackAttempts, "winBackAttempts");
    Objects.requireNonNull(winBackReviews, "winBackReviews");
    Objects.requireNonNull(openFollowUps, "openFollowUps");
    Objects.requireNonNull(surveyEngagement, "surveyEngagement");
    Objects.requireNonNull(startLossReview, "startLossReview");
    Objects.requireNonNull(lossReview, "lossReview");
  }
}
