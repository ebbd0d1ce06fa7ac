package vn.tdkt.plan;

import java.util.Collections;
import java.util.List;
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

  private static final LastParsed<List<Unit>> READ = new LastParsed<>(text ->
      Collections.unmodifiableList(JsonVariables.readList(text, Unit.class)));

  public List<String> codes(VariableScope scope) {
    return units(scope).stream().map(Unit::code).toList();
  }

  /** The plan's units, read once per list: each unit's line starts, and each notice is sent, with the plan's whole list. */
  public static List<Unit> units(VariableScope scope) {
    return READ.of(JsonVariables.storedText(scope, "planUnits"));
  }
}
