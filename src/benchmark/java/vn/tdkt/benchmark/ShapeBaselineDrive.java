package vn.tdkt.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractBoundaryEventBuilder;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import vn.tdkt.decision.NotifyUnit;
import vn.tdkt.plan.UnitDriveMapping;
import vn.tdkt.support.FormValues;

/**
 * The same-shape baseline: the BPMN elements the project's drive passes through, element for
 * element, with no project code. The plan with its phase (a sequential multi-instance
 * sub-process), each unit's line started in its own job, each line's periods as sub-processes with
 * an escalation caught on them, every deadline a non-interrupting boundary timer with its
 * escalation branch, reminders and overdue flags as timeout task listeners, the drive's end and
 * the window's opening as timer events, one notice process per unit started by a message the plan
 * sends in a job after the decision and does not wait for. Service tasks and listeners are empty expressions, timers
 * fixed dates of seed 000 chosen so that the same ones fire as in the project's drive (the
 * drive's end, the window's opening, {@code submitDossier}'s reminder, {@code decideAwards}'
 * overdue flag); no variable mapping, rule table, Json, file or grant; each task completed with
 * one Boolean ({@link BareDrive}). Against this baseline the ratio is the price of the
 * project's code and data; against {@link BaselineDrive}, also of its models' shape.
 *
 * <p>Given the drive's forms, the same shape holds the same data: each task shows the project's
 * form of the same task and gets what the officials send there ({@link DriveForms}); each unit's
 * line and notice starts with the plan's data the project's lines and notices start with, as
 * Camunda's own {@code camunda:in} mappings (the same names; seed 000's values where the start form
 * has them, a short text otherwise), and each notice with a Json outcome. Against this one the
 * ratio is the price of the project's code alone: its delegates, listeners and rule tables, and the
 * variables they add.
 */
final class ShapeBaselineDrive extends BareDrive {

  private static final String PLAN = "benchShapePlan";
  private static final String UNIT = "benchShapeUnit";
  private static final String NOTICE = "benchShapeNotice";
  /** The same-data drive's processes: their keys end so, the two drives share the database. */
  private static final String SAME_DATA = "Data";
  private static final String NOTHING = "${true}";
  private static final String UNIT_GROUP = "bench-${unitCode}";
  private static final String BUSINESS_KEY = "${execution.processBusinessKey}/${unitCode}";
  /** Seed 000's submission deadline (16/10/2025) and the reminder before it, both Vietnam time. */
  private static final String SUBMISSION_REMINDER = "2025-10-13T08:00:00+07:00";
  private static final String SUBMISSION_CLOSES = "2025-10-16T23:59:59+07:00";

  private final DriveForms sameData;

  /** {@code sameData}: the drive's forms, for the same data as the project's drive; null for one Boolean per task. */
  ShapeBaselineDrive(ProcessEngine engine, Officials officials, String prefix, DriveForms sameData) {
    super(engine, officials, prefix, sameData, "benchmark-shape-baseline" + (sameData == null ? "" : "-same-data"),
        notice(keySuffix(sameData)), unit(keySuffix(sameData)), plan(keySuffix(sameData), sameData != null));
    this.sameData = sameData;
  }

  private static String keySuffix(DriveForms sameData) {
    return sameData == null ? "" : SAME_DATA;
  }

  /** The project's drive (ProjectDrive) step for step, on the same days. */
  @Override
  void drive(List<List<String>> unitsPerPlan) {
    officials().at(ProjectDrive.LAUNCH);
    startPlans(PLAN + keySuffix(sameData), unitsPerPlan, this::planVariables);
    ProjectDrive.approved(officials(), this::complete);
    ProjectDrive.untilAppraisal(officials(), this::complete);
    ProjectDrive.afterAppraisal(officials(), this::complete);
  }

  /** The plan's phases; with the same data, what the project's plan holds that its lines and notices read. */
  private Map<String, Object> planVariables(List<String> units) {
    Map<String, Object> plan = new HashMap<>();
    if (sameData != null) {
      plan.putAll(FormValues.seed000Plan("SHAPE/KH-UBND", units));
      UnitDriveMapping.planVariables().forEach(name -> plan.putIfAbsent(name, name));
      NotifyUnit.planVariables().forEach(name -> plan.putIfAbsent(name, name));
      plan.put("unitCategory", "STANDARD");
      plan.put("proposalNominees", sameData.proposalOf(units));
      plan.put("unitOutcome", sameData.proposalOf(units.subList(0, 1)));
    }
    plan.put("phases", new ArrayList<>(List.of(0)));
    return plan;
  }

  private static BpmnModelInstance plan(String keySuffix, boolean sameData) {
    SubProcessBuilder phase = Bpmn.createExecutableProcess(PLAN + keySuffix).camundaHistoryTimeToLive(3650).startEvent()
        .serviceTask("applyPlanTemplate").camundaExpression(NOTHING).exclusiveGateway("draftNeededGateway")
        .serviceTask("validatePlan").camundaExpression(NOTHING)
        .userTask("approvePlan").camundaCandidateGroups("deciding-authority")
        .camundaTaskListenerExpressionTimeoutWithDuration("approvePlanOverdue", NOTHING, "P14D")
        .exclusiveGateway("planApprovedGateway").subProcess("planPhase");
    phase.multiInstance().sequential().camundaCollection("${phases}").camundaElementVariable("phaseIndex");
    AbstractFlowNodeBuilder<?, ?> flow = phase.embeddedSubProcess().startEvent().parallelGateway("phaseFork");
    // As unitLines: the lines in a sub-process whose end (a terminate event, added below) closes the board's
    // step for silent units, which starts at the submission deadline.
    SubProcessBuilder unitLines = flow.subProcess("unitLines");
    unitLines.embeddedSubProcess().eventSubProcess("silentUnitsAtDeadline").startEvent("submissionDeadlinePassed")
        .interrupting(false).timerWithDate(SUBMISSION_CLOSES).exclusiveGateway("submissionFinalGateway").endEvent();
    CallActivityBuilder unitDrives = unitLines.embeddedSubProcess().startEvent().callActivity("unitDrives")
        .calledElement(UNIT + keySuffix)
        .camundaIn("unitCode", "unitCode").camundaInBusinessKey(BUSINESS_KEY);
    if (sameData) {
      UnitDriveMapping.planVariables().forEach(name -> unitDrives.camundaIn(name, name));
      unitDrives.camundaIn("unitCode", "unitName").camundaIn("unitCategory", "unitCategory")
          .camundaIn("submissionCloses", "submissionDeadline");
    }
    unitDrives.multiInstance().parallel().camundaCollection("${units}").camundaElementVariable("unitCode").camundaAsyncBefore()
        .camundaAsyncAfter().multiInstanceDone().endEvent("unitLinesEnded");
    flow = unitLines.serviceTask("consolidateProposal").camundaExpression(NOTHING).exclusiveGateway("anyNomineePassedGateway");
    flow = deadline(flow.userTask("draftProposal").camundaCandidateGroups("board-officer"), "proposalOverdue", "P7D")
        .userTask("signProposal").camundaCandidateGroups("board-head")
        .camundaTaskListenerExpressionTimeoutWithDuration("signProposalOverdue", NOTHING, "P7D")
        .exclusiveGateway("proposalSignedGateway")
        .userTask("decideAwards").camundaCandidateGroups("deciding-authority")
        .camundaTaskListenerExpressionTimeoutWithDuration("decideAwardsOverdue", NOTHING, "P14D")
        .exclusiveGateway("decisionApprovedGateway").serviceTask("recordAwards").camundaExpression(NOTHING)
        .exclusiveGateway("summaryJoin").serviceTask("summarizePlan").camundaExpression(NOTHING);
    flow = flow.sendTask("notifyUnits").camundaAsyncBefore().camundaExpression(noticeSent(keySuffix, sameData))
        .multiInstance().sequential().camundaCollection("${units}").camundaElementVariable("unitCode").multiInstanceDone()
        .endEvent();
    // As consolidateReports: the board's task at the report deadline, beside the units' lines.
    flow = deadline(flow.moveToNode("phaseFork").exclusiveGateway("reportsExpectedGateway")
        .intermediateCatchEvent("reportDeadlineReached").timerWithDate("2025-10-10T00:00:00+07:00")
        .userTask("consolidateReports").camundaCandidateGroups("board-officer"), "consolidationOverdue", "P7D").endEvent();
    BpmnModelInstance model = deadline(flow.subProcessDone().userTask("writeFinalReport").camundaCandidateGroups("board-officer"),
        "finalReportOverdue", "P14D").endEvent().done();
    EndEvent linesEnded = model.getModelElementById("unitLinesEnded");
    linesEnded.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
    return model;
  }

  /** Camunda's own message correlation, written as an expression: starts the unit's notice with what the project's notice gets. */
  private static String noticeSent(String keySuffix, boolean sameData) {
    StringBuilder sent = new StringBuilder("${execution.processEngineServices.runtimeService.createMessageCorrelation('")
        .append(NOTICE).append(keySuffix).append("').processInstanceBusinessKey(execution.processBusinessKey.concat('/').concat(unitCode))")
        .append(".setVariable('unitCode', unitCode)");
    if (sameData) {
      NotifyUnit.planVariables().forEach(name -> sent.append(".setVariable('").append(name).append("', ").append(name).append(")"));
      sent.append(".setVariable('unitName', unitCode).setVariable('unitOutcome', unitOutcome)");
    }
    return sent.append(".correlateStartMessage()}").toString();
  }

  private static BpmnModelInstance unit(String keySuffix) {
    ProcessBuilder process = Bpmn.createExecutableProcess(UNIT + keySuffix).camundaHistoryTimeToLive(3650);
    // As unitLineClosing: the message by which the board closes a silent unit's line, subscribed to all along.
    process.eventSubProcess("unitLineClosing").startEvent("unitLineClosedByBoard").message("unitLineClosed" + keySuffix)
        .endEvent("unitLineClosed");
    AbstractFlowNodeBuilder<?, ?> flow = process.startEvent().exclusiveGateway("registrationRequiredGateway");
    flow = closedAtSubmission(period(flow, "registrationPeriod", "registerUnit", "2024-10-28T08:00:00+07:00",
        "2024-10-31T23:59:59+07:00"), "registration")
        .intermediateCatchEvent("driveEnds").timerWithDate("2025-10-01T00:00:00+07:00")
        .exclusiveGateway("reportRequiredGateway");
    flow = closedAtSubmission(period(flow, "reportPeriod", "reportResults", "2025-10-06T08:00:00+07:00",
        "2025-10-09T23:59:59+07:00"), "report")
        .exclusiveGateway("selectionJoin");
    // As selectionPeriod: the meeting and its approval, closed at a final submission deadline.
    SubProcessBuilder selection = flow.subProcess("selectionPeriod");
    deadline(selection.embeddedSubProcess().startEvent().userTask("recordSelectionMeeting").camundaCandidateGroups(UNIT_GROUP)
        .camundaTaskListenerExpressionTimeoutWithDate("recordSelectionMeetingReminder", NOTHING, SUBMISSION_REMINDER),
        "selectionMeetingOverdue", SUBMISSION_CLOSES)
        .userTask("approveSelection").camundaCandidateGroups(UNIT_GROUP)
        .camundaTaskListenerExpressionTimeoutWithDate("approveSelectionReminder", NOTHING, SUBMISSION_REMINDER)
        .camundaTaskListenerExpressionTimeoutWithDate("approveSelectionOverdue", NOTHING, SUBMISSION_CLOSES)
        .exclusiveGateway("selectionApprovedGateway").endEvent();
    flow = closedAtSubmission(selection, "selection").exclusiveGateway("anyNomineeProposedGateway")
        .intermediateCatchEvent("submissionWindowOpens").timerWithDate("2025-10-14T00:00:00+07:00");
    flow = period(flow, "submissionPeriod", "submitDossier", SUBMISSION_REMINDER, SUBMISSION_CLOSES);
    return deadline(flow.userTask("appraiseDossier").camundaCandidateGroups("board-officer"), "appraisalOverdue", "P14D")
        .exclusiveGateway("appraisalOutcomeGateway").exclusiveGateway("appraisalJoin")
        .userTask("approveAppraisal").camundaCandidateGroups("board-head")
        .camundaTaskListenerExpressionTimeoutWithDuration("approveAppraisalOverdue", NOTHING, "P7D")
        .exclusiveGateway("appraisalApprovedGateway").endEvent().done();
  }

  private static BpmnModelInstance notice(String keySuffix) {
    return deadline(Bpmn.createExecutableProcess(NOTICE + keySuffix).camundaHistoryTimeToLive(3650).startEvent()
        .message(NOTICE + keySuffix).userTask("notifyUnit").camundaCandidateGroups(UNIT_GROUP), "noticeOverdue", "P14D").endEvent().done();
  }

  /**
   * A unit's period, as registrationPeriod in unitDrive.bpmn: its task in a sub-process, with a
   * reminder and a deadline; the final deadline's escalation caught on the sub-process.
   */
  private static SubProcessBuilder period(AbstractFlowNodeBuilder<?, ?> flow, String id, String taskId, String reminder,
      String due) {
    SubProcessBuilder period = flow.subProcess(id);
    deadline(period.embeddedSubProcess().startEvent().userTask(taskId).camundaCandidateGroups(UNIT_GROUP)
        .camundaTaskListenerExpressionTimeoutWithDate(taskId + "Reminder", NOTHING, reminder), taskId + "Due", due)
        .endEvent();
    period.boundaryEvent(id + "Missed").escalation(id + "Passed")
        .serviceTask(id + "Late").camundaExpression(NOTHING).endEvent();
    return period;
  }

  /**
   * As selectionDeadline, registrationWindowDeadline and reportWindowDeadline in unitDrive.bpmn: the
   * period's work closed at a final submission deadline, its escalation caught on the period.
   */
  private static SubProcessBuilder closedAtSubmission(SubProcessBuilder period, String prefix) {
    period.embeddedSubProcess().eventSubProcess(prefix + "Deadline").startEvent(prefix + "SubmissionDue").interrupting(false)
        .timerWithDate(SUBMISSION_CLOSES).exclusiveGateway(prefix + "SubmissionFinalGateway").endEvent();
    period.boundaryEvent(prefix + "WindowCloses").escalation(prefix + "WindowPassed")
        .serviceTask(prefix + "WindowLate").camundaExpression(NOTHING).endEvent();
    return period;
  }

  /**
   * A deadline on the activity: a non-interrupting timer (an ISO date, or a duration starting with
   * P) whose branch, not taken in the drive, escalates. Returns the activity, to go on from it.
   */
  private static AbstractActivityBuilder<?, ?> deadline(AbstractActivityBuilder<?, ?> activity, String id, String due) {
    AbstractBoundaryEventBuilder<?> timer = activity.boundaryEvent(id).cancelActivity(false);
    (due.startsWith("P") ? timer.timerWithDuration(due) : timer.timerWithDate(due))
        .serviceTask("escalate" + id).camundaExpression(NOTHING).endEvent();
    return activity;
  }
}
