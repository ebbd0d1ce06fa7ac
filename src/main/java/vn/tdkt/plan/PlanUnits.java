package vn.tdkt.plan;

import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.LastParsed;
import vn.tdkt.unit.Unit;

/**
 * The plan's participating units as the multi-instance collection of BPMN ({@code unitsOfPlan}); the bean is not named after a variable, which would shadow it:
 * computed from the Json variable, so no Java collection is stored in the engine.
 */
@Component("unitsOfPlan")
public class PlanUnits {

  /**
   * The plan's variable listing the units that did not register in its first phase: a unit registers
   * once per plan, so those take no part in the later phases. Absent when every unit registered; an
   * administrator may correct it in Cockpit before the next phase begins.
   */
  static final String NOT_REGISTERED = "unitsNotRegistered";

  private static final LastParsed<List<Unit>> READ = new LastParsed<>(text ->
      Collections.unmodifiableList(JsonVariables.readList(text, Unit.class)));

  /** The codes of the units taking part in the phase {@code scope} runs in: each gets a line of work and a notice. */
  public List<String> codes(VariableScope scope) {
    return inPhase(scope).stream().map(Unit::code).toList();
  }

  /** The plan's units, read once per list: each unit's line starts, and each notice is sent, with the plan's whole list. */
  public static List<Unit> units(VariableScope scope) {
    return READ.of(JsonVariables.storedText(scope, "planUnits"));
  }

  /** The units taking part in the phase {@code scope} runs in: after the first, those that registered in it. */
  public static List<Unit> inPhase(VariableScope scope) {
    List<Unit> units = units(scope);
    if (isFirstPhase(scope)) {
      return units; // the first phase's notices also tell the units that did not register
    }
    List<String> notRegistered = JsonVariables.readList(scope, NOT_REGISTERED, String.class);
    return units.stream().filter(unit -> !notRegistered.contains(unit.code())).toList();
  }

  /** Once the first phase of a plan of several has its results: who did not register, for the later phases. */
  static void recordNotRegistered(DelegateExecution inPhase, List<UnitResult> results) {
    List<String> notRegistered = results.stream().filter(result -> UnitResult.NOT_REGISTERED.equals(result.status()))
        .map(UnitResult::unitCode).toList();
    if (!notRegistered.isEmpty() && isFirstPhase(inPhase) && PlanPhases.phases(inPhase).size() > 1) {
      inPhase.getProcessInstance().setVariableLocal(NOT_REGISTERED, JsonVariables.json(notRegistered));
    }
  }

  /** Outside a phase (no {@code phaseNumber}) counts as the first: the plan's whole list. */
  private static boolean isFirstPhase(VariableScope scope) {
    return !(scope.getVariable("phaseNumber") instanceof Number phase) || phase.intValue() == 1;
  }
}
