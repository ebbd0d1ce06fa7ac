package vn.tdkt.plan;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import vn.tdkt.unit.Unit;

/**
 * What passes between the plan and each unit's line of work ("Thi đua của các đơn vị"): the plan's
 * data and the unit in; nothing out, the unit's result stays in the line ({@link UnitResults}). Named in
 * the model by its class, not as a bean: the engine looks a bean's name up among the variables
 * first, and as each line ended that loaded every variable of the plan.
 */
public class UnitDriveMapping implements DelegateVariableMapping {

  /**
   * The plan's data the line's forms, expressions and delegates read. Each copy is a runtime row per
   * unit (its history is the plan's, {@link CopiesHistoryPlugin}), so what the line never reads
   * stays with the plan.
   */
  private static final List<String> PLAN_VARIABLES = Stream.concat(Stream.of("planNumber", "planTitle", "planTheme",
      "awardName", "periodStart", "periodEnd", "registrationRequired", "registrationDeadline", "reportDeadline",
      "selectionStarts", "submissionOpens", "submissionCloses", "appraisalWorkingDays", "quotaRuleId",
      "eligibilityRuleId", "selectionMeetingForm", "boardGroup", "boardHeadGroup"),
      FinalDeadlines.variables()).toList();

  /** Optional plan fields only the line's delegates read, where absent means the same as empty: copied when set. */
  private static final List<String> OPTIONAL_PLAN_VARIABLES = List.of("quotaStandard", "quotaMajor", "proposalGateRuleId",
      "ratingYears", "dossierComponents", "proposalDeadline");

  /** The plan's data every unit's line starts with (the benchmark's same-data baseline gives its lines the same). */
  public static List<String> planVariables() {
    return PLAN_VARIABLES;
  }

  /** A variable a line starts with as a copy of the plan's, whose history the plan keeps ({@link CopiesHistoryPlugin}). */
  static boolean isPlanCopy(String name) {
    return PLAN_VARIABLES.contains(name) || OPTIONAL_PLAN_VARIABLES.contains(name);
  }

  @Override
  public void mapInputVariables(DelegateExecution plan, VariableMap unitDrive) {
    PLAN_VARIABLES.forEach(name -> unitDrive.put(name, plan.getVariable(name)));
    for (String name : OPTIONAL_PLAN_VARIABLES) {
      Object value = plan.getVariable(name);
      if (value != null) {
        unitDrive.put(name, value);
      }
    }
    String code = (String) plan.getVariable("unitCode");
    Unit unit = PlanUnits.units(plan).stream().filter(u -> u.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Unit " + code + " is not in the plan"));
    unitDrive.put("unitCode", unit.code());
    unitDrive.put("unitName", unit.name());
    unitDrive.put("unitCategory", unit.category());
    unitDrive.put("submissionDeadline", plan.getVariable("submissionCloses"));
    // Registered once per plan: a later phase's meeting, approval and appraisal compare with what the unit committed to.
    if (plan.getVariable("phaseNumber") instanceof Number phase && phase.intValue() > 1) {
      Object commitments = PlanPhases.firstPhaseCommitments(plan, code);
      if (commitments != null) {
        unitDrive.put("registrationCommitments", commitments);
      }
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution plan, VariableScope unitDrive) {
    // Nothing: the unit's result stays in its line, read from the lines' history once all have ended (UnitResults).
  }
}
