package vn.tdkt.plan;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.PlanInstances;

/** The plan's phases as BPMN uses them ({@code phasesOfPlan}): the loop over phases and each unit's business key. */
@Component("phasesOfPlan")
public class PlanPhases {

  public List<Integer> indexes(VariableScope scope) {
    return IntStream.range(0, phases(scope).size()).boxed().toList();
  }

  /** "125/KH-UBND/so-gddt", or with the phase in a plan of several: "18/KH-VP/Đợt 2/phong-tong-hop". */
  public String unitDriveKey(VariableScope scope) {
    return unitDriveKey(scope, (String) scope.getVariable("unitCode"));
  }

  /** The key of that unit's line in the phase {@code scope} runs in. */
  public String unitDriveKey(VariableScope scope, String unitCode) {
    String planNumber = (String) scope.getVariable("planNumber");
    return phases(scope).size() == 1 ? planNumber + "/" + unitCode
        : planNumber + "/" + PlanInstances.PHASE + scope.getVariable("phaseNumber") + "/" + unitCode;
  }

  /** The plan's phases in order, as validated at launch. */
  public static List<Phase> phases(VariableScope scope) {
    return JsonVariables.readList(scope, "planPhases", Phase.class);
  }
}
