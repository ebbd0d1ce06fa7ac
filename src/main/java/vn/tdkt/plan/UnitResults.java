package vn.tdkt.plan;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import vn.tdkt.common.JsonVariables;

/**
 * Where the units' results live in a phase of the plan ("Đợt thi đua"): each unit's line of work,
 * as it ends, stores its result as its own variable of the phase ({@code unitResult_<unitCode>});
 * once every line has ended, {@link #gather} writes the phase's {@code unitResults} list once.
 * Appending to one list as each unit ends would rewrite it (and keep a copy in history) once per
 * unit: work and data growing with the square of the plan's units.
 */
public final class UnitResults {

  static final String LIST = "unitResults";
  private static final String PREFIX = "unitResult_";

  private UnitResults() {}

  /** Stores one unit's result in the phase that {@code inPhase} runs in. */
  public static void record(DelegateExecution inPhase, UnitResult result) {
    phaseScope(inPhase).setVariableLocal(PREFIX + result.unitCode(), JsonVariables.json(result));
  }

  /** The result of one unit in the current phase, once its line of work has ended. */
  public static UnitResult of(VariableScope inPhase, String unitCode) {
    return Objects.requireNonNull(JsonVariables.readObject(inPhase, PREFIX + unitCode, UnitResult.class),
        () -> "No result for unit " + unitCode);
  }

  /** All units' results of the phase, in the plan's order of units, stored as the phase's {@code unitResults}. */
  public static List<UnitResult> gather(DelegateExecution inPhase) {
    List<UnitResult> results = PlanUnits.units(inPhase).stream()
        .filter(unit -> inPhase.hasVariable(PREFIX + unit.code()))
        .map(unit -> of(inPhase, unit.code()))
        .toList();
    inPhase.setVariable(LIST, JsonVariables.json(results));
    return results;
  }

  /** The phase's scope: the execution holding the phase's own {@code unitResults} (set by {@link StartPhase}). */
  private static ActivityExecution phaseScope(DelegateExecution inPhase) {
    ActivityExecution scope = (ActivityExecution) inPhase;
    while (!scope.hasVariableLocal(LIST)) {
      scope = scope.getParent();
      if (scope == null) {
        throw new IllegalStateException("No phase around " + inPhase.getCurrentActivityId());
      }
    }
    return scope;
  }
}
