package vn.tdkt.plan;

/**
 * One phase (đợt) of a plan: its drive period and its deadlines, as ISO dates. A plan has one
 * phase (seed 000) or several, each ending in its own proposal and decision (seed 001). Optional:
 * {@code reportDeadline} (no results report when absent), {@code selectionFrom} (units select
 * their nominees from this day; by default the day after the period), {@code submissionOpens}
 * (dossiers are accepted as soon as the unit's selection is approved when absent),
 * {@code proposalDeadline} (the signed proposal is due 5 working days after the last unit when absent),
 * {@code decisionDeadline} (the decision is due 10 working days after the signed proposal when absent):
 * each phase has its own, one date for the plan would make the first phase's proposal due in the
 * last phase, or the last phase's overdue from the start.
 */
public record Phase(String name, String periodStart, String periodEnd, String reportDeadline,
    String selectionFrom, String submissionOpens, String submissionCloses, String proposalDeadline,
    String decisionDeadline) {

  /** A date left empty is a date not given: kept as "", it would pass the launch and fail the timer that reads it. */
  public Phase {
    periodStart = given(periodStart);
    periodEnd = given(periodEnd);
    reportDeadline = given(reportDeadline);
    selectionFrom = given(selectionFrom);
    submissionOpens = given(submissionOpens);
    submissionCloses = given(submissionCloses);
    proposalDeadline = given(proposalDeadline);
    decisionDeadline = given(decisionDeadline);
  }

  private static String given(String date) {
    return date == null || date.isBlank() ? null : date.strip();
  }
}
