package vn.tdkt.workplan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * The units of one row of a work plan as BPMN uses them ({@code workItemUnits}): the groups of the
 * reviewing units (the directing units, who review and follow up) and the coordinating units (one
 * task each).
 */
@Component("workItemUnits")
public class WorkItemUnits {

  private final UnitRegistry units;

  public WorkItemUnits(UnitRegistry units) {
    this.units = units;
  }

  /** The officer groups of the reviewing units, comma separated (any of them reviews and follows up). */
  public String directingGroups(VariableScope scope) {
    return reviewing(scope).stream().map(Unit::officerGroup).distinct().collect(Collectors.joining(","));
  }

  /**
   * Who reviews the row and follows it up: its directing units in force. A directing body outside
   * the installation ({@link Unit#isOutside}) cannot: the plan's issuing body does in its place
   * (rows started before {@code issuingBody} was handed to them keep the body named).
   */
  public List<Unit> reviewing(VariableScope scope) {
    Object issuingBody = scope.getVariable("issuingBody");
    return directing(scope).stream().map(units::current)
        .map(unit -> unit.isOutside() && issuingBody != null ? units.current(issuingBody.toString()) : unit)
        .distinct().toList();
  }

  public List<String> coordinating(VariableScope scope) {
    return JsonVariables.readList(scope, "coordinatingUnits", String.class);
  }

  public static List<String> directing(VariableScope scope) {
    return JsonVariables.readList(scope, "directingUnits", String.class);
  }

  /** Every unit the row concerns: executing, directing (and reviewing in their place) and coordinating. */
  public Set<String> involved(VariableScope scope) {
    Set<String> codes = new LinkedHashSet<>();
    codes.add((String) scope.getVariable("unitCode"));
    codes.addAll(directing(scope));
    reviewing(scope).forEach(unit -> codes.add(unit.code()));
    codes.addAll(coordinating(scope));
    return codes;
  }
}
