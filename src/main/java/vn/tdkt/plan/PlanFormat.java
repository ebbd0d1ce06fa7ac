package vn.tdkt.plan;

import java.util.Set;

/** The fields of the plan format, version 1 (docs/plan-format.md): a template's "plan" object and a launch request. */
final class PlanFormat {

  static final Set<String> FIELDS = Set.of(
      "planTemplate", "planNumber", "planTitle", "planTheme", "issuingAuthority", "awardName",
      "boardGroup", "boardHeadGroup", "decidingGroup",
      "registrationRequired", "registrationDeadline",
      "phaseName", "periodStart", "periodEnd", "reportDeadline", "selectionFrom", "submissionOpens", "submissionCloses",
      "phases", "proposalDeadline", "appraisalWorkingDays",
      "quotaRule", "quotaStandard", "quotaMajor", "eligibilityRule", "proposalGateRule", "ratingYears", "selectionMeetingForm", "dossierComponents",
      "finalDeadlines",
      "participatingUnits");

  private PlanFormat() {}
}
