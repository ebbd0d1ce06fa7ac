package vn.tdkt.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.LastParsed;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.selection.Nominee;
import vn.tdkt.unit.Unit;

/**
 * The units' results in a phase of the plan ("Đợt thi đua"). A unit's line of work ends holding its
 * result (its {@code unitStatus} and {@code nominees}); once every line has ended, {@link #gather}
 * reads them from the lines' history and writes the phase's {@code unitResults} list once. Recording
 * each result in the phase as its line ended made Camunda load the phase's variables, one per unit
 * already ended, at every line's end: work growing with the square of the plan's units.
 */
public final class UnitResults {

  static final String LIST = "unitResults";

  /** The phase's results by unit, read once per list: every notice of a phase reads its unit's. */
  private static final LastParsed<Map<String, UnitResult>> BY_UNIT = new LastParsed<>(text ->
      JsonVariables.readList(text, UnitResult.class).stream().collect(Collectors.toUnmodifiableMap(UnitResult::unitCode,
          Function.identity())));

  private UnitResults() {}

  /**
   * The result of one unit in the current phase, once {@link #gather} has read them; none for a unit
   * whose line an administrator cancelled.
   */
  public static Optional<UnitResult> of(VariableScope inPhase, String unitCode) {
    return Optional.ofNullable(BY_UNIT.of(JsonVariables.storedText(inPhase, LIST)).get(unitCode));
  }

  /**
   * All units' results of the phase, in the plan's order of units, stored as the phase's {@code unitResults}:
   * each unit whose line ended (not one an administrator cancelled), as the line left it. The first phase of a
   * plan of several also records who did not register ({@link PlanUnits#inPhase}).
   */
  public static List<UnitResult> gather(DelegateExecution inPhase) {
    HistoryService history = inPhase.getProcessEngineServices().getHistoryService();
    List<Unit> units = PlanUnits.units(inPhase);
    Map<String, String> endedLineOfUnit = new HashMap<>();
    PlanPhases.linesOf(history, inPhase, units).forEach((unitCode, line) -> {
      if (HistoricProcessInstance.STATE_COMPLETED.equals(line.getState())) {
        endedLineOfUnit.put(unitCode, line.getId());
      }
    });
    Map<String, Map<String, Object>> ended = PlanInstances.variablesOf(history, List.copyOf(endedLineOfUnit.values()),
        "unitName", "unitStatus", "nominees");
    List<UnitResult> results = units.stream()
        .filter(unit -> ended.containsKey(endedLineOfUnit.get(unit.code())))
        .map(unit -> result(unit, ended.get(endedLineOfUnit.get(unit.code()))))
        .toList();
    inPhase.setVariable(LIST, JsonVariables.json(results));
    PlanUnits.recordNotRegistered(inPhase, results);
    return results;
  }

  private static UnitResult result(Unit unit, Map<String, Object> line) {
    return new UnitResult(unit.code(), (String) line.getOrDefault("unitName", unit.name()), (String) line.get("unitStatus"),
        JsonVariables.readList(line.get("nominees"), Nominee.class));
  }
}
