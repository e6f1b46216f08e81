package io.customerintel.domain.survey;

/** Identity of a stored survey invitation or response. */
public record SurveyResponseId(long value) {
  public SurveyResponseId {
    if (value <= 0) {
      throw new IllegalArgumentException("survey response id must be positive");
    }
  }
}
