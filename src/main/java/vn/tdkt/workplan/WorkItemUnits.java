package vn.tdkt.workplan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.unit.UnitRegistry;

/**
 * The units of one row of a work plan as BPMN uses them ({@code workItemUnits}): the groups of the
 * directing units (who review and follow up) and the coordinating units (one task each).
 */
@Component("workItemUnits")
public class WorkItemUnits {

  private final UnitRegistry units;

  public WorkItemUnits(UnitRegistry units) {
    this.units = units;
  }

  /** The officer groups of the directing units in force, comma separated (any of them reviews). */
  public String directingGroups(VariableScope scope) {
    return directing(scope).stream().map(code -> units.current(code).officerGroup()).distinct()
        .collect(Collectors.joining(","));
  }

  public List<String> coordinating(VariableScope scope) {
    return JsonVariables.readList(scope, "coordinatingUnits", String.class);
  }

  public static List<String> directing(VariableScope scope) {
    return JsonVariables.readList(scope, "directingUnits", String.class);
  }

  /** Every unit the row concerns: executing, directing and coordinating. */
  public Set<String> involved(VariableScope scope) {
    Set<String> codes = new LinkedHashSet<>();
    codes.add((String) scope.getVariable("unitCode"));
    codes.addAll(directing(scope));
    codes.addAll(coordinating(scope));
    return codes;
  }
}
