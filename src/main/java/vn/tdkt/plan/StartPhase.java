package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.JsonVariables;

/**
 * "Đợt thi đua" begins: the phase's dates become variables of the phase, so every step inside it
 * (each unit's line of work, the proposal, the decision) reads the dates of its own phase. A unit
 * registers once per plan, in the first phase. A later phase also starts its consolidated report,
 * proposal and decision blank: the last phase's would otherwise open filled in on its forms and
 * reach its notices (the history keeps each phase's).
 */
@Component("startPhase")
public class StartPhase implements ExecutionListener {

  /** What each phase sets anew on the plan; the proposal's list reads each phase's from the history (ProposalList). */
  public static final List<String> LAST_PHASES_OWN = List.of("reportsSummary", "proposalNumber", "proposalDate",
      "proposalSummary", "proposalNominees", "proposalNomineeCount", "proposalSigned", "proposalComments",
      "decisionNumber", "decisionDate", "decisionApproved", "decisionComments", "noAwards", "noAwardsReason");

  @Override
  public void notify(DelegateExecution phaseScope) {
    int index = ((Number) phaseScope.getVariable("phaseIndex")).intValue();
    if (index > 0) {
      phaseScope.removeVariables(LAST_PHASES_OWN);
    }
    Phase phase = PlanPhases.phases(phaseScope).get(index);
    LocalDate selection = phase.selectionFrom() != null
        ? Deadlines.parse(phase.selectionFrom()) : Deadlines.parse(phase.periodEnd()).plusDays(1);
    phaseScope.setVariableLocal("phaseName", phase.name());
    phaseScope.setVariableLocal("phaseNumber", index + 1);
    phaseScope.setVariableLocal("periodStart", phase.periodStart());
    phaseScope.setVariableLocal("periodEnd", phase.periodEnd());
    phaseScope.setVariableLocal("reportDeadline", phase.reportDeadline());
    phaseScope.setVariableLocal("selectionStarts", selection.toString());
    phaseScope.setVariableLocal("submissionOpens", phase.submissionOpens() != null ? phase.submissionOpens() : selection.toString());
    phaseScope.setVariableLocal("submissionCloses", phase.submissionCloses());
    if (phase.proposalDeadline() != null) {
      // Plans launched before phases had their own keep the plan's date, read from the plan's scope.
      phaseScope.setVariableLocal("proposalDeadline", phase.proposalDeadline());
    }
    if (phase.decisionDeadline() != null) {
      phaseScope.setVariableLocal("decisionDeadline", phase.decisionDeadline());
    }
    phaseScope.setVariableLocal("registrationRequired",
        index == 0 && !Boolean.FALSE.equals(phaseScope.getVariable("registrationRequired")));
    phaseScope.setVariableLocal("unitResults", JsonVariables.json(List.of()));
  }
}
